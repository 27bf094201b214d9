namespace Tsunagi.Certificates.Features.Issue;

/// <summary>Why no fee is due: 公用, 生活保護 or その他 with a stated reason. <see cref="Recorded"/> is what the issuance keeps.</summary>
public sealed record FeeExemption(FeeExemptionKind Kind, string? Reason)
{
    public string Recorded => (Kind switch
    {
        FeeExemptionKind.Official => "公用",
        FeeExemptionKind.Welfare => "生活保護",
        _ => "その他",
    }) + (string.IsNullOrEmpty(Reason) ? string.Empty : "：" + Reason);
}
