using Tsunagi.Certificates.Contracts;
using Tsunagi.Certificates.Domain;

namespace Tsunagi.Certificates.Features.Voiding;

/// <summary>A void request (listed while it waits for a decision), with what the approver needs: the certificate, its fee and whether it was paid.</summary>
public sealed record PendingVoid(
    Guid Id,
    Guid IssuanceId,
    string IssuanceNumber,
    CertificateType Type,
    DateOnly IssuedOn,
    long FeeTotal,
    bool Paid,
    string Counter,
    string Reason,
    DateTimeOffset RequestedAt,
    Guid RequestedBy,
    VoidRequestStatus Status);
