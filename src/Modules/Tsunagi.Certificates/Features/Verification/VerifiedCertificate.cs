using Tsunagi.Certificates.Contracts;

namespace Tsunagi.Certificates.Features.Verification;

/// <summary>What the public verification shows about one issued certificate: nothing about the persons or the requester.</summary>
public sealed record VerifiedCertificate(
    string MunicipalityCode,
    string MunicipalityName,
    CertificateType Type,
    DateOnly IssuedOn,
    string CertificateNumber,
    string ContentHash,
    bool Revoked,
    DateOnly? RevokedOn);
