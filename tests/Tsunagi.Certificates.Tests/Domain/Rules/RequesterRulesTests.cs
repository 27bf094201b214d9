using Tsunagi.Certificates.Domain.Rules;
using static Tsunagi.Certificates.Tests.Domain.Rules.RuleInputs;

namespace Tsunagi.Certificates.Tests.Domain.Rules;

public sealed class RequesterRulesTests
{
    [Fact]
    public void The_person_asking_for_their_household_copy_is_served() =>
        Assert.Empty(IssuanceRules.Check(Request(Self(Head))));

    [Fact]
    public void A_self_request_without_the_requester_among_the_subjects_is_refused_at_the_requester()
    {
        var refusal = Assert.Single(IssuanceRules.Check(Request(Self(Neighbour))));

        Assert.Equal(new IssuanceRefusal("requester.residentId", "Rules.SelfNotSubject"), refusal);
    }

    [Fact]
    public void A_self_request_that_also_names_someone_of_another_household_is_refused() =>
        Assert.Equal(["Rules.SelfOtherHousehold"], Keys(Request(Self(Head), [Person(Head), Person(Neighbour, OtherHousehold)])));

    [Fact]
    public void A_member_of_the_same_household_is_served() =>
        Assert.Empty(IssuanceRules.Check(Request(SameHousehold(Wife), [Person(Head)], requesterRecord: Person(Wife))));

    [Fact]
    public void A_same_household_request_from_another_household_is_refused() =>
        Assert.Equal(["Rules.NotSameHousehold"], Keys(Request(SameHousehold(Neighbour), [Person(Head)], requesterRecord: Person(Neighbour, OtherHousehold))));

    [Fact]
    public void A_same_household_request_from_someone_not_on_the_register_is_refused()
    {
        Assert.Equal(["Rules.NotSameHousehold"], Keys(Request(SameHousehold(Wife), [Person(Head)], requesterRecord: null)));
        Assert.Equal(["Rules.NotSameHousehold"], Keys(Request(SameHousehold(Wife), [Person(Head)], requesterRecord: Person(Wife, removal: Removed("転出")))));
    }

    [Fact]
    public void An_agent_with_a_power_of_attorney_and_a_name_is_served() =>
        Assert.Empty(IssuanceRules.Check(Request(Agent())));

    [Fact]
    public void An_agent_without_a_power_of_attorney_is_refused_at_that_field()
    {
        var refusal = Assert.Single(IssuanceRules.Check(Request(Agent(powerOfAttorney: false))));

        Assert.Equal(new IssuanceRefusal("requester.powerOfAttorneyPresented", "Rules.PowerOfAttorneyRequired"), refusal);
    }

    [Fact]
    public void An_agent_without_a_name_is_refused() =>
        Assert.Equal(["Rules.AgentNameRequired"], Keys(Request(Agent(name: "　"))));

    [Fact]
    public void An_official_request_naming_the_office_and_the_legal_basis_is_served() =>
        Assert.Empty(IssuanceRules.Check(Request(Official())));

    [Fact]
    public void An_official_request_without_office_or_legal_basis_is_refused_for_each() =>
        Assert.Equal(["Rules.AgencyRequired", "Rules.LegalBasisRequired"], Keys(Request(Official(agency: null, legalBasis: " "))));
}
