using Tsunagi.Certificates.Contracts;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Certificates.Domain;

/// <summary>手数料: the fee per copy of a document type from a day on (条例 revisions take effect on a date; the latest entry in force applies).</summary>
public sealed class FeeScheduleEntry : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    public Guid Id { get; init; }

    public CertificateType Type { get; init; }

    public long FeePerCopy { get; init; }

    public DateOnly EffectiveFrom { get; init; }
}
