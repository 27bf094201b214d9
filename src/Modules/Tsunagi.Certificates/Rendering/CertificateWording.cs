using Tsunagi.Certificates.Contracts;

namespace Tsunagi.Certificates.Rendering;

/// <summary>Each document type's printed title, and the 認証文 used only when the tenant's settings give none.</summary>
internal static class CertificateWording
{
    public static string Title(CertificateType type) => type switch
    {
        CertificateType.ResidentCopyHousehold or CertificateType.ResidentCopyIndividual => "住民票の写し",
        CertificateType.RecordItemsCertificate => "住民票記載事項証明書",
        CertificateType.RemovedRecordCopy => "除票の写し",
        CertificateType.MoveOutCertificate => "転出証明書",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "証明書の種類が不明です。 / Unknown certificate type."),
    };

    public static string DefaultStatement(CertificateType type) => type switch
    {
        CertificateType.ResidentCopyHousehold => "この写しは、世帯全員の住民票の原本と相違ないことを証明する。",
        CertificateType.ResidentCopyIndividual => "この写しは、住民票の原本と相違ないことを証明する。",
        CertificateType.RecordItemsCertificate => "上記の事項は住民票の記載事項と相違ないことを証明する。",
        CertificateType.RemovedRecordCopy => "この写しは、除票の原本と相違ないことを証明する。",
        _ => "上記の者は転出することを証明する。",
    };
}
