namespace Tsunagi.Certificates.Features.Issue;

/// <summary>手数料の免除: kind official, welfare or other (other needs a reason).</summary>
public sealed class IssueExemptionInput
{
    public string? Kind { get; set; }

    public string? Reason { get; set; }
}
