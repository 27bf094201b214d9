namespace Tsunagi.Certificates.Features.Issue;

/// <summary>
/// 証明書交付請求 as an API client or the counter's form sends it: <see cref="Type"/> by API name
/// (resident-copy-household …), the household and/or residents it is about, options, requester, copies (1–10), counter
/// and an optional fee exemption.
/// </summary>
public sealed class IssueCertificateInput
{
    public string? Type { get; set; }

    public Guid? HouseholdId { get; set; }

    /// <summary>The persons (for 世帯連記式: a choice among the household's members; empty = all of them).</summary>
    public IList<Guid> ResidentIds { get; set; } = [];

    public IssueOptionsInput Options { get; set; } = new();

    public IssueRequesterInput Requester { get; set; } = new();

    public int? Copies { get; set; }

    /// <summary>The counter (窓口) from the tenant's certificate settings; empty = the first one.</summary>
    public string? Counter { get; set; }

    public IssueExemptionInput? FeeExemption { get; set; }
}
