using FsCheck;
using FsCheck.Fluent;
using Tsunagi.Certificates.Domain;
using Tsunagi.Certificates.Domain.Rules;
using static Tsunagi.Certificates.Tests.Domain.Rules.RuleInputs;

namespace Tsunagi.Certificates.Tests.Domain.Rules;

public sealed class ThirdPartyRulesTests
{
    [Fact]
    public void A_third_party_with_a_stated_legitimate_reason_is_served() =>
        Assert.Empty(IssuanceRules.Check(Request(ThirdParty())));

    [Fact]
    public void A_third_party_without_a_reason_is_refused_at_the_reason()
    {
        var refusal = Assert.Single(IssuanceRules.Check(Request(ThirdParty(reason: null))));

        Assert.Equal(new IssuanceRefusal("requester.reason", "Rules.ReasonTooShort"), refusal);
    }

    [Fact]
    public void A_reason_is_accepted_from_ten_characters_and_refused_below() =>
        Prop.ForAll(Gen.Choose(0, 30).ToArbitrary(), length =>
        {
            var reason = "　" + new string('債', length) + "　";
            var refused = Keys(Request(ThirdParty(reason: reason))).Contains("Rules.ReasonTooShort");
            return refused == (length < 10);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void A_third_party_without_a_name_is_refused() =>
        Assert.Equal(["Rules.ThirdPartyNameRequired"], Keys(Request(ThirdParty(name: ""))));

    [Fact]
    public void A_third_party_gets_the_registered_domicile_only_with_a_reason_that_needs_it()
    {
        var options = CertificateOptions.Default with { IncludeRegisteredDomicile = true };

        Assert.Equal(["Rules.RegisteredDomicileNotNeeded"], Keys(Request(ThirdParty(), options: options)));
        Assert.Empty(Keys(Request(ThirdParty(reason: "相続登記の申請で被相続人の本籍の記載が必要なため"), options: options)));
    }

    [Fact]
    public void A_third_party_never_gets_the_resident_record_code() =>
        Assert.Equal(["Rules.ResidentRecordCodeNotAllowed"], Keys(Request(ThirdParty(), options: CertificateOptions.Default with { IncludeResidentRecordCode = true })));
}
