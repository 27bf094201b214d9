namespace Tsunagi.Consortium.Features.CostSharing.EditModel;

/// <summary>One municipality's row of the model form: code, standalone scale, and planned figures (all four blank: use metering).</summary>
public sealed class MemberPlanInput
{
    public string? Code { get; set; }

    public string? Scale { get; set; }

    public string? StoredResidents { get; set; }

    public string? Notifications { get; set; }

    public string? Certificates { get; set; }

    public string? ApiCalls { get; set; }

    public bool IsBlank =>
        string.IsNullOrWhiteSpace(Code) && string.IsNullOrWhiteSpace(Scale) && string.IsNullOrWhiteSpace(StoredResidents)
        && string.IsNullOrWhiteSpace(Notifications) && string.IsNullOrWhiteSpace(Certificates) && string.IsNullOrWhiteSpace(ApiCalls);
}
