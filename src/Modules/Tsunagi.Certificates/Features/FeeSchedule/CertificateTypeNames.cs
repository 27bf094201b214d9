using Tsunagi.Certificates.Contracts;

namespace Tsunagi.Certificates.Features.FeeSchedule;

/// <summary>The API names of <see cref="CertificateType"/> (as in its comment) and the key of each type's label (Cash.Type.*).</summary>
public static class CertificateTypeNames
{
    public static IReadOnlyList<CertificateType> All { get; } = Enum.GetValues<CertificateType>();

    public static string NameOf(CertificateType type) => type switch
    {
        CertificateType.ResidentCopyHousehold => "resident-copy-household",
        CertificateType.ResidentCopyIndividual => "resident-copy-individual",
        CertificateType.RecordItemsCertificate => "record-items",
        CertificateType.RemovedRecordCopy => "removed-record",
        CertificateType.MoveOutCertificate => "move-out",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    public static CertificateType? Parse(string? name) =>
        All.Cast<CertificateType?>().FirstOrDefault(t => string.Equals(NameOf(t!.Value), name?.Trim(), StringComparison.OrdinalIgnoreCase));

    public static string LabelKey(CertificateType type) => "Cash.Type." + type;
}
