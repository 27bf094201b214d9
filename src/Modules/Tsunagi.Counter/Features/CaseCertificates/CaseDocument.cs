using Tsunagi.Certificates.Contracts;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Counter.Features.CaseCertificates;

/// <summary>A certificate issued from a case (the certificates module keeps the document; the case keeps its id, number, fee and receipt).</summary>
public sealed class CaseDocument : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    public Guid IssuanceId { get; init; }

    public Guid CaseId { get; init; }

    public Guid StepId { get; init; }

    public string Number { get; init; } = string.Empty;

    public CertificateType Type { get; init; }

    public int Copies { get; init; }

    public long Fee { get; init; }

    public DateTimeOffset IssuedAt { get; init; }

    /// <summary>Set when the case's one payment collected it.</summary>
    public Guid? ReceiptId { get; set; }
}
