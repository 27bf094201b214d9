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

    public string FullName => PrefectureName + Name;

    public static Municipality FromMaster(LocalGovernmentEntry entry, string consortiumId, DateTimeOffset joinedAt) =>
        new(entry.Code, consortiumId, entry.Name, entry.PrefectureName, joinedAt);
}
