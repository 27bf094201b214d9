namespace Tsunagi.Certificates.Features.Issue;

/// <summary>The issuance page's posted form, flat so the 確認画面 can carry it in hidden fields (<see cref="IssueFormFields"/>).</summary>
public sealed class IssueForm
{
    /// <summary><c>confirm</c>, <c>edit</c> or <c>commit</c>.</summary>
    public string? Step { get; set; }

    /// <summary>Made when the form is first shown: a double submit of 交付 issues once.</summary>
    public string? Token { get; set; }

    public string? Type { get; set; }

    public Guid? HouseholdId { get; set; }

    public IList<IssueMemberChoice> Members { get; set; } = [];

    public bool HouseholdHeadAndRelationship { get; set; }

    public bool RegisteredDomicile { get; set; }

    public bool IndividualNumber { get; set; }

    public bool ResidentRecordCode { get; set; }

    public string? AsOf { get; set; }

    /// <summary>住民票記載事項証明書: the items, one per line or separated by 、.</summary>
    public string? CertifiedItems { get; set; }

    public string? RequesterType { get; set; }

    public string? RequesterName { get; set; }

    public Guid? RequesterResidentId { get; set; }

    public bool PowerOfAttorney { get; set; }

    public string? Reason { get; set; }

    public string? Agency { get; set; }

    public string? IdentityDocument { get; set; }

    public string? Copies { get; set; }

    public string? Counter { get; set; }

    /// <summary><c>none</c>, <c>official</c>, <c>welfare</c> or <c>other</c>.</summary>
    public string? Exemption { get; set; }

    public string? ExemptionReason { get; set; }

    public IssueCertificateInput ToInput() => new()
    {
        Type = Type,
        HouseholdId = HouseholdId,
        ResidentIds = [.. (Members ?? []).Where(m => m.Chosen && Guid.TryParse(m.ResidentId, out _)).Select(m => Guid.Parse(m.ResidentId!))],
        Options = new IssueOptionsInput
        {
            HouseholdHeadAndRelationship = HouseholdHeadAndRelationship,
            RegisteredDomicile = RegisteredDomicile,
            IndividualNumber = IndividualNumber,
            ResidentRecordCode = ResidentRecordCode,
            AsOf = AsOf,
            CertifiedItems = [.. (CertifiedItems ?? string.Empty).Split(['\n', '、', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        },
        Requester = new IssueRequesterInput
        {
            Type = RequesterType,
            Name = RequesterName,
            ResidentId = RequesterType is "self" or "same-household" ? RequesterResidentId : null,
            PowerOfAttorney = PowerOfAttorney,
            Reason = Reason,
            Agency = Agency,
            IdentityDocument = IdentityDocument,
        },
        Copies = int.TryParse(Platform.Japanese.JapaneseDigits.ToAscii(Copies?.Trim() ?? string.Empty), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var copies) ? copies : 0,
        Counter = Counter,
        FeeExemption = new IssueExemptionInput { Kind = Exemption, Reason = ExemptionReason },
    };
}
