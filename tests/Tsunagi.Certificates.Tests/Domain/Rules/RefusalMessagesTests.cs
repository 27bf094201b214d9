using System.Globalization;
using System.Resources;
using Tsunagi.Certificates.Resources;

namespace Tsunagi.Certificates.Tests.Domain.Rules;

public sealed class RefusalMessagesTests
{
    private static readonly ResourceManager Strings = new("Tsunagi.Certificates.Resources.CertificatesResource", typeof(CertificatesResource).Assembly);

    public static TheoryData<string> RefusalKeys() =>
    [
        "Rules.NoSubjects", "Rules.RestrictionBlocked", "Rules.UnknownRequesterType", "Rules.SelfNotSubject", "Rules.SelfOtherHousehold",
        "Rules.NotSameHousehold", "Rules.AgentNameRequired", "Rules.PowerOfAttorneyRequired", "Rules.ThirdPartyNameRequired", "Rules.ReasonTooShort",
        "Rules.RegisteredDomicileNotNeeded", "Rules.ResidentRecordCodeNotAllowed", "Rules.AgencyRequired", "Rules.LegalBasisRequired",
        "Rules.IndividualNumberNotAllowed", "Rules.SubjectNotRemoved", "Rules.NoMoveOut", "Rules.SubjectRemoved",
    ];

    [Theory]
    [MemberData(nameof(RefusalKeys))]
    public void Every_refusal_explains_itself_in_Japanese_naming_the_field_and_in_English(string key)
    {
        var japanese = Strings.GetString(key, CultureInfo.GetCultureInfo("ja-JP"));
        var english = Strings.GetString(key, CultureInfo.GetCultureInfo("en"));

        Assert.Matches("^[^：]+：.+。", japanese);
        Assert.False(string.IsNullOrWhiteSpace(english));
        Assert.NotEqual(japanese, english);
    }

    [Fact]
    public void The_support_measure_refusal_reads_as_the_counter_expects() =>
        Assert.Equal("請求者：支援措置の対象者の証明書は本人以外に交付できません。", Strings.GetString("Rules.RestrictionBlocked", CultureInfo.GetCultureInfo("ja-JP")));
}
