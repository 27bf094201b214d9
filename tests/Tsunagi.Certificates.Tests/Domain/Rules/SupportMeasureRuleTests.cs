using Tsunagi.Certificates.Domain;
using Tsunagi.Certificates.Domain.Rules;
using static Tsunagi.Certificates.Tests.Domain.Rules.RuleInputs;

namespace Tsunagi.Certificates.Tests.Domain.Rules;

public sealed class SupportMeasureRuleTests
{
    [Fact]
    public void A_blocked_request_is_refused_with_the_support_measure_alone_even_when_other_rules_also_fail()
    {
        var refusal = Assert.Single(IssuanceRules.Check(Request(ThirdParty(reason: null), options: CertificateOptions.Default with { IncludeIndividualNumber = true }, restrictionBlocked: true)));

        Assert.Equal(new IssuanceRefusal("requester", "Rules.RestrictionBlocked"), refusal);
    }

    [Fact]
    public void The_protected_person_is_served_when_the_check_does_not_block_them() =>
        Assert.Empty(IssuanceRules.Check(Request(Self(Head), [Person(Head)], restrictionBlocked: false)));

    [Fact]
    public void Any_other_requester_is_refused_when_the_check_blocks()
    {
        Assert.Equal(["Rules.RestrictionBlocked"], Keys(Request(SameHousehold(Wife), [Person(Head)], requesterRecord: Person(Wife), restrictionBlocked: true)));
        Assert.Equal(["Rules.RestrictionBlocked"], Keys(Request(Agent(), restrictionBlocked: true)));
        Assert.Equal(["Rules.RestrictionBlocked"], Keys(Request(Official(), restrictionBlocked: true)));
    }
}
