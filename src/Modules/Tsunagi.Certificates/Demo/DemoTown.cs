using Tsunagi.Certificates.Contracts;

namespace Tsunagi.Certificates.Demo;

/// <summary>What a demo town prints and charges: a synthetic mayor's name (no real person), its counters and its fee per type.</summary>
public sealed record DemoTown(string MayorName, string Counters, IReadOnlyDictionary<CertificateType, long> Fees)
{
    /// <summary>The fee table's 施行日 in the demo (the 2014 消費税 revision is when many towns last set these fees).</summary>
    public static DateOnly FeesEffectiveFrom { get; } = new(2014, 4, 1);

    public static IReadOnlyDictionary<string, DemoTown> ByCode { get; } = new Dictionary<string, DemoTown>(StringComparer.Ordinal)
    {
        ["034614"] = new("海野　一郎", "本庁舎 1番窓口\n本庁舎 2番窓口\n吉里吉里出張所", FeeTable(300, 300, 300, 300, 0)),
        ["035033"] = new("浜田　次郎", "本庁舎 住民窓口", FeeTable(200, 200, 200, 200, 0)),
        ["034851"] = new("岬　三郎", "本庁舎 住民窓口", FeeTable(300, 300, 200, 300, 0)),
    };

    private static Dictionary<CertificateType, long> FeeTable(long household, long individual, long recordItems, long removed, long moveOut) => new()
    {
        [CertificateType.ResidentCopyHousehold] = household,
        [CertificateType.ResidentCopyIndividual] = individual,
        [CertificateType.RecordItemsCertificate] = recordItems,
        [CertificateType.RemovedRecordCopy] = removed,
        [CertificateType.MoveOutCertificate] = moveOut,
    };
}
