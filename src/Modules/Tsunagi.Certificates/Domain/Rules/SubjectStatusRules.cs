using Tsunagi.Certificates.Contracts;
using Tsunagi.Residents.Contracts;

namespace Tsunagi.Certificates.Domain.Rules;

/// <summary>
/// The document must fit the subjects' state: 除票の写し only of a person removed from the register, 転出証明書 only of a
/// 転出 (the subjects as <see cref="IRegisterExtract.LatestMoveOutAsync"/> gives them, removed on the planned day), and a
/// 住民票の写し or 記載事項証明書 only of persons on the register on the day it shows.
/// </summary>
internal static class SubjectStatusRules
{
    public const string MoveOutReason = "転出";

    public static IEnumerable<IssuanceRefusal> Check(CertificateType type, IReadOnlyList<RegisterPerson> subjects)
    {
        var refused = type switch
        {
            CertificateType.RemovedRecordCopy when subjects.Any(s => s.Removal is null) => "Rules.SubjectNotRemoved",
            CertificateType.MoveOutCertificate when subjects.Any(s => s.Removal?.Reason != MoveOutReason) => "Rules.NoMoveOut",
            _ when IssuanceRules.IsRegisterCopy(type) && subjects.Any(s => s.Removal is not null) => "Rules.SubjectRemoved",
            _ => null,
        };
        return refused is null ? [] : [new IssuanceRefusal(RuleFields.Subjects, refused)];
    }
}
