namespace Tsunagi.Platform.Tenancy;

/// <summary>A member municipality: one tenant, keyed by its 全国地方公共団体コード.</summary>
public sealed class Municipality
{
    public Municipality(string code, string consortiumId, string name, string prefectureName, DateTimeOffset joinedAt)
    {
        Code = code;
        ConsortiumId = consortiumId;
        Name = name;
        PrefectureName = prefectureName;
        JoinedAt = joinedAt;
        Status = MunicipalityStatus.Active;
    }

    public string Code { get; private set; }

    public string ConsortiumId { get; private set; }

    public string Name { get; private set; }

    public string PrefectureName { get; private set; }

    public MunicipalityStatus Status { get; private set; }

    public DateTimeOffset JoinedAt { get; private set; }

    /// <summary>When the consortium deactivated it (offboarding); its data is kept for the retention period from then.</summary>
    public DateTimeOffset? DeactivatedAt { get; private set; }

    public string FullName => PrefectureName + Name;

    public static Municipality FromMaster(LocalGovernmentEntry entry, string consortiumId, DateTimeOffset joinedAt) =>
        new(entry.Code, consortiumId, entry.Name, entry.PrefectureName, joinedAt);

    /// <summary>A new member being prepared: it answers 503 to its users until the operator starts its use.</summary>
    public static Municipality StartOnboarding(LocalGovernmentEntry entry, string consortiumId, DateTimeOffset joinedAt)
    {
        var municipality = FromMaster(entry, consortiumId, joinedAt);
        municipality.Status = MunicipalityStatus.Onboarding;
        return municipality;
    }

    /// <summary>利用開始: only a municipality in onboarding can start.</summary>
    public void Activate()
    {
        if (Status != MunicipalityStatus.Onboarding)
        {
            throw new InvalidOperationException($"Only a municipality in onboarding can be activated, not one that is {Status}.");
        }

        Status = MunicipalityStatus.Active;
    }

    /// <summary>Offboarding: its users are refused from now on; nothing is deleted.</summary>
    public void Deactivate(DateTimeOffset at)
    {
        if (Status == MunicipalityStatus.Deactivated)
        {
            throw new InvalidOperationException("The municipality is already deactivated.");
        }

        Status = MunicipalityStatus.Deactivated;
        DeactivatedAt = at;
    }
}
