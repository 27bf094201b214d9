namespace Tsunagi.Certificates.Features.Issue;

/// <summary>Items printed only when asked, and the day the register is shown as of (西暦 or 和暦 text; empty = today).</summary>
public sealed class IssueOptionsInput
{
    public bool HouseholdHeadAndRelationship { get; set; }

    public bool RegisteredDomicile { get; set; }

    public bool IndividualNumber { get; set; }

    public bool ResidentRecordCode { get; set; }

    public string? AsOf { get; set; }

    /// <summary>The items a 住民票記載事項証明書 certifies.</summary>
    public IList<string> CertifiedItems { get; set; } = [];
}
