using Tsunagi.Certificates.Contracts;
using Tsunagi.Certificates.Domain;

namespace Tsunagi.Certificates.Features.Issue;

/// <summary>The names the API and the forms use for certificate types and requester types (see <see cref="CertificateType"/>, <see cref="RequesterType"/>).</summary>
public static class IssueApiNames
{
    public static IReadOnlyDictionary<string, CertificateType> Types { get; } = new Dictionary<string, CertificateType>(StringComparer.Ordinal)
    {
        ["resident-copy-household"] = CertificateType.ResidentCopyHousehold,
        ["resident-copy-individual"] = CertificateType.ResidentCopyIndividual,
        ["record-items"] = CertificateType.RecordItemsCertificate,
        ["removed-record"] = CertificateType.RemovedRecordCopy,
        ["move-out"] = CertificateType.MoveOutCertificate,
    };

    public static IReadOnlyDictionary<string, RequesterType> Requesters { get; } = new Dictionary<string, RequesterType>(StringComparer.Ordinal)
    {
        ["self"] = RequesterType.Self,
        ["same-household"] = RequesterType.SameHousehold,
        ["agent"] = RequesterType.Agent,
        ["third-party"] = RequesterType.ThirdParty,
        ["official"] = RequesterType.Official,
    };

    public static string NameOf(CertificateType type) => Types.First(t => t.Value == type).Key;

    public static string NameOf(RequesterType type) => Requesters.First(t => t.Value == type).Key;
}
