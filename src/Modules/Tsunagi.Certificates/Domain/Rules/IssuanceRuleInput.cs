using Tsunagi.Certificates.Contracts;
using Tsunagi.Residents.Contracts;

namespace Tsunagi.Certificates.Domain.Rules;

/// <summary>
/// What the rules need to decide whether a request may be served: the subjects and the requester as the register
/// shows them today (<see cref="RequesterRecord"/> null when the requester is not a resident here), and whether a
/// 支援措置 blocks issuance to this requester (asked of <see cref="IDisclosureRestrictionCheck"/> by the caller).
/// </summary>
public sealed record IssuanceRuleInput(
    CertificateType Type,
    Requester Requester,
    CertificateOptions Options,
    IReadOnlyList<RegisterPerson> Subjects,
    RegisterPerson? RequesterRecord,
    bool RestrictionBlocked);
