using Tsunagi.Certificates.Contracts;

namespace Tsunagi.Certificates.Domain.Rules;

/// <summary>
/// Who may get what (住民基本台帳法 第12条・第12条の2・第12条の3). Pure: no I/O. Every rule that fails adds one
/// <see cref="IssuanceRefusal"/>; an empty list means the request may be served. The rules and the reasons behind each
/// choice are in docs/modules/certificates-rules.md.
/// </summary>
public static class IssuanceRules
{
    public static IReadOnlyList<IssuanceRefusal> Check(IssuanceRuleInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var refusals = new List<IssuanceRefusal>();
        if (input.Subjects.Count == 0)
        {
            refusals.Add(new(RuleFields.Subjects, "Rules.NoSubjects"));
            return refusals;
        }

        // A support measure is checked first and alone: saying more (e.g. that the person has moved out) would disclose it.
        if (input.RestrictionBlocked)
        {
            refusals.Add(new(RuleFields.Requester, "Rules.RestrictionBlocked"));
            return refusals;
        }

        refusals.AddRange(RequesterRules.Check(input));
        if (input.Options.IncludeIndividualNumber && input.Requester.Type is not (RequesterType.Self or RequesterType.SameHousehold))
        {
            refusals.Add(new(RuleFields.IndividualNumber, "Rules.IndividualNumberNotAllowed"));
        }

        refusals.AddRange(SubjectStatusRules.Check(input.Type, input.Subjects));
        return refusals;
    }

    /// <summary>True when the request may be served (no refusal).</summary>
    public static bool Allows(IssuanceRuleInput input) => Check(input).Count == 0;

    /// <summary>The documents that certify the register of persons on it (not a 除票 nor a 転出証明書).</summary>
    internal static bool IsRegisterCopy(CertificateType type) =>
        type is CertificateType.ResidentCopyHousehold or CertificateType.ResidentCopyIndividual or CertificateType.RecordItemsCertificate;
}
