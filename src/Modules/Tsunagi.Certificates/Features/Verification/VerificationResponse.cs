namespace Tsunagi.Certificates.Features.Verification;

/// <summary>
/// The answer of <c>GET /api/v1/verify/{code}</c>: the issuing municipality, the document type (API name and Japanese
/// name), the issue date, the certificate number, the SHA-256 of the printed content, and <c>valid</c> or <c>revoked</c>.
/// </summary>
public sealed record VerificationResponse(
    string MunicipalityCode,
    string MunicipalityName,
    string DocumentType,
    string DocumentTypeName,
    DateOnly IssuedOn,
    string CertificateNumber,
    string ContentHash,
    string Status,
    DateOnly? RevokedOn)
{
    public static VerificationResponse From(VerifiedCertificate certificate) =>
        new(
            certificate.MunicipalityCode,
            certificate.MunicipalityName,
            DocumentTypeNames.ApiName(certificate.Type),
            DocumentTypeNames.Japanese(certificate.Type),
            certificate.IssuedOn,
            certificate.CertificateNumber,
            certificate.ContentHash,
            certificate.Revoked ? "revoked" : "valid",
            certificate.RevokedOn);
}
