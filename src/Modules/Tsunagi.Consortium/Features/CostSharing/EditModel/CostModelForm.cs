namespace Tsunagi.Consortium.Features.CostSharing.EditModel;

/// <summary>The model page's posted form, as typed (digits may be full-width, with 桁区切り), the step and the idempotency token.</summary>
public sealed class CostModelForm
{
    public string? FiscalYear { get; set; }

    public string? PlatformFixed { get; set; }

    public string? DataCentreFixed { get; set; }

    public string? PerMember { get; set; }

    public string? PerStoredResident { get; set; }

    public string? PerNotification { get; set; }

    public string? PerCertificate { get; set; }

    public string? PerApiCall { get; set; }

    public string? EqualPercent { get; set; }

    public string? PopulationPercent { get; set; }

    public string? UsagePercent { get; set; }

    public string? UsageNotification { get; set; }

    public string? UsageCertificate { get; set; }

    public string? UsageApiCall { get; set; }

    public string? StandaloneSystem { get; set; }

    public IList<MemberPlanInput> Members { get; set; } = [];

    /// <summary><c>confirm</c>, <c>edit</c> or <c>commit</c>.</summary>
    public string? Step { get; set; }

    public string? Token { get; set; }
}
