using Tsunagi.Certificates.Contracts;

namespace Tsunagi.Counter.Features.CaseCertificates;

/// <summary>
/// The catalogue's certificate procedure the counter issues through the certificates module (住民票の写し and its kin).
/// 印鑑登録証明書 and 所得・課税証明書 are not issued by that module: they stay tasks, their fees collected by their department.
/// </summary>
public static class CertificateStepCodes
{
    public const string ResidentCopy = "shomei-juminhyo";

    public const string ResidentCopyName = "住民票の写し";

    public const string Department = "町民課";

    public const string AddedReason = "窓口で追加";

    /// <summary>The types a clerk may issue from a case, by API name.</summary>
    public static IReadOnlyDictionary<string, CertificateType> Types { get; } = new Dictionary<string, CertificateType>(StringComparer.Ordinal)
    {
        ["resident-copy-household"] = CertificateType.ResidentCopyHousehold,
        ["resident-copy-individual"] = CertificateType.ResidentCopyIndividual,
    };

    public static string NameJa(CertificateType type) => type switch
    {
        CertificateType.ResidentCopyHousehold => "住民票の写し（世帯連記式）",
        CertificateType.ResidentCopyIndividual => "住民票の写し（個人票）",
        CertificateType.RecordItemsCertificate => "住民票記載事項証明書",
        CertificateType.RemovedRecordCopy => "除票の写し",
        CertificateType.MoveOutCertificate => "転出証明書",
        _ => type.ToString(),
    };

    public static string ApiName(CertificateType type) => Types.FirstOrDefault(t => t.Value == type).Key ?? type.ToString();
}
