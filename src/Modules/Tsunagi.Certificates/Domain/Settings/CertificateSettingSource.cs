using Tsunagi.Certificates.Contracts;
using Tsunagi.Platform.Settings;

namespace Tsunagi.Certificates.Domain.Settings;

/// <summary>
/// The Certificates module's settings: the fee table (<c>certificates.fees</c>, read as of the issuance date, so a revision
/// on 4月1日 applies to issuances from that day) and what certificates print (<c>certificates.print</c>).
/// </summary>
public sealed class CertificateSettingSource : ISettingSource
{
    /// <summary>The national default: the standard fees the demo towns and the sample law package start from.</summary>
    public static readonly SettingDefinition<CertificateFees> Fees = new(
        "certificates.fees",
        new CertificateFees(
        [
            new(CertificateType.ResidentCopyHousehold, 300),
            new(CertificateType.ResidentCopyIndividual, 300),
            new(CertificateType.RecordItemsCertificate, 300),
            new(CertificateType.RemovedRecordCopy, 300),
            new(CertificateType.MoveOutCertificate, 0),
        ]),
        "証明書の手数料",
        "Certificate fees")
    {
        Fields = [new("fees", "手数料", "Fees"), new("type", "証明書の種類", "Document type"), new("feePerCopy", "手数料（1通）", "Fee per copy")],
        Rules = [FeeRules.EachTypeOnce],
    };

    /// <summary>The national default has no mayor: a town issues nothing until its own title and name are set.</summary>
    public static readonly SettingDefinition<CertificatePrintSettings> Print = new(
        "certificates.print",
        new CertificatePrintSettings(CertificatePrintSettings.StandardAttestation, string.Empty, string.Empty, ["本庁舎 1番窓口"], null),
        "証明書の印字内容",
        "Certificate print settings")
    {
        Fields =
        [
            new("attestationText", "認証文", "Certification statement"),
            new("mayorTitle", "市町村長の職名", "Mayor's title"),
            new("mayorName", "市町村長の氏名", "Mayor's name"),
            new("counters", "交付窓口", "Counters"),
            new("sealPng", "公印の画像", "Official seal image"),
        ],
        Rules = [PrintRules.Counters, PrintRules.Seal],
    };

    public IEnumerable<SettingDefinition> Settings { get; } = [Fees, Print];
}
