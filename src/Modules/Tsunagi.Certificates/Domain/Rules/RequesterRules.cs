namespace Tsunagi.Certificates.Domain.Rules;

/// <summary>What each kind of requester must show: 本人 and 同一世帯 by the register, 代理人 by a 委任状, 第三者 by a reason, 公用 by its office and legal basis.</summary>
internal static class RequesterRules
{
    public static IEnumerable<IssuanceRefusal> Check(IssuanceRuleInput input) => input.Requester.Type switch
    {
        RequesterType.Self => Self(input),
        RequesterType.SameHousehold => SameHousehold(input),
        RequesterType.Agent => Agent(input.Requester),
        RequesterType.ThirdParty => ThirdPartyRules.Check(input.Requester, input.Options),
        RequesterType.Official => Official(input.Requester),
        _ => [new(RuleFields.Requester, "Rules.UnknownRequesterType")],
    };

    /// <summary>第12条第1項: the requester is one of the subjects; the others must be of the requester's household.</summary>
    private static IEnumerable<IssuanceRefusal> Self(IssuanceRuleInput input)
    {
        var self = input.Subjects.FirstOrDefault(s => input.Requester.ResidentId is { } id && s.ResidentId == id);
        if (self is null)
        {
            yield return new(RuleFields.RequesterResident, "Rules.SelfNotSubject");
        }
        else if (input.Subjects.Any(s => s.HouseholdId != self.HouseholdId))
        {
            yield return new(RuleFields.Subjects, "Rules.SelfOtherHousehold");
        }
    }

    /// <summary>第12条第1項: a person on the register today, in the same household as every subject.</summary>
    private static IEnumerable<IssuanceRefusal> SameHousehold(IssuanceRuleInput input)
    {
        var record = input.RequesterRecord;
        var onRegister = record is not null && record.Removal is null && record.ResidentId == input.Requester.ResidentId;
        if (!onRegister || input.Subjects.Any(s => s.HouseholdId != record!.HouseholdId))
        {
            yield return new(RuleFields.RequesterResident, "Rules.NotSameHousehold");
        }
    }

    /// <summary>第12条第3項の代理: the agent's name, and a 委任状 seen at the counter.</summary>
    private static IEnumerable<IssuanceRefusal> Agent(Requester requester)
    {
        if (string.IsNullOrWhiteSpace(requester.Name))
        {
            yield return new(RuleFields.RequesterName, "Rules.AgentNameRequired");
        }

        if (!requester.PowerOfAttorneyPresented)
        {
            yield return new(RuleFields.PowerOfAttorney, "Rules.PowerOfAttorneyRequired");
        }
    }

    /// <summary>第12条の2: the office that asks and the law and duty it asks under.</summary>
    private static IEnumerable<IssuanceRefusal> Official(Requester requester)
    {
        if (string.IsNullOrWhiteSpace(requester.Agency))
        {
            yield return new(RuleFields.Agency, "Rules.AgencyRequired");
        }

        if (string.IsNullOrWhiteSpace(requester.Reason))
        {
            yield return new(RuleFields.Reason, "Rules.LegalBasisRequired");
        }
    }
}
