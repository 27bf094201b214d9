using Tsunagi.Certificates.Contracts;
using Tsunagi.Certificates.Domain;

namespace Tsunagi.Certificates.Features.Issue;

/// <summary>A parsed request: what to issue about whom, for whom, how many copies, at which counter.</summary>
public sealed record IssueCertificateCommand(
    CertificateType Type,
    Guid? HouseholdId,
    IReadOnlyList<Guid> ResidentIds,
    CertificateOptions Options,
    Requester Requester,
    int Copies,
    string? Counter,
    FeeExemption? Exemption);
