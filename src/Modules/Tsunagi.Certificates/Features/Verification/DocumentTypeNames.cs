using Tsunagi.Certificates.Contracts;

namespace Tsunagi.Certificates.Features.Verification;

/// <summary>The API name and the Japanese name (as printed on the document) of each <see cref="CertificateType"/>.</summary>
public static class DocumentTypeNames
{
    public static string ApiName(CertificateType type) => type switch
    {
        CertificateType.ResidentCopyHousehold => "resident-copy-household",
        CertificateType.ResidentCopyIndividual => "resident-copy-individual",
        CertificateType.RecordItemsCertificate => "record-items",
        CertificateType.RemovedRecordCopy => "removed-record",
        CertificateType.MoveOutCertificate => "move-out",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    public static string Japanese(CertificateType type) => type switch
    {
        CertificateType.ResidentCopyHousehold => "住民票の写し（世帯連記式）",
        CertificateType.ResidentCopyIndividual => "住民票の写し（個人票）",
        CertificateType.RecordItemsCertificate => "住民票記載事項証明書",
        CertificateType.RemovedRecordCopy => "除票の写し",
        CertificateType.MoveOutCertificate => "転出証明書",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };
}
