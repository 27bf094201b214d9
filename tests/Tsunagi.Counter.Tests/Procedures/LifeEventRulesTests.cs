using Tsunagi.Counter.Contracts;
using Tsunagi.Counter.Domain.Procedures;
using static Tsunagi.Counter.Tests.Procedures.Households;

namespace Tsunagi.Counter.Tests.Procedures;

/// <summary>出生, 死亡, 転出, 転居, 婚姻, 離婚, 世帯変更 and 証明書のみ against the national catalogue (転入: <see cref="MoveInRulesTests"/>).</summary>
public sealed class LifeEventRulesTests
{
    private static readonly PersonFacts Newborn = new("長女", On, true, false, HealthInsurance.Unknown);

    public static TheoryData<string, VisitFacts, string[], string[]> Cases => new()
    {
        {
            "出生 to parents on 国保",
            Visit(LifeEvent.Birth, Person("世帯主", 32, subject: false), Person("妻", 30, subject: false), Newborn),
            ["koseki-shussei", "kokuho-kanyu-shussei", "jido-teate", "kodomo-iryo", "boshi-hoken"],
            ["shugaku-tennyu", "kokuho-kanyu", "jumin-tennyu"]
        },
        {
            "出生 to parents on employee insurance",
            Visit(LifeEvent.Birth, Person("世帯主", 32, HealthInsurance.Employee, subject: false), Person("妻", 30, HealthInsurance.Employee, subject: false), Newborn),
            ["koseki-shussei", "jido-teate", "kodomo-iryo", "boshi-hoken"],
            ["kokuho-kanyu-shussei"]
        },
        {
            "死亡 of a 70-year-old head on 国保, wife and adult son remain",
            Visit(LifeEvent.Death, Person("世帯主", 70), Person("妻", 68, subject: false), Person("長男", 40, HealthInsurance.Employee, subject: false)),
            ["koseki-shibo", "setainushi-henko", "sosaihi", "kokuho-soshitsu", "kaigo-soshitsu", "nenkin-teishi", "inkan-haishi", "zei-sozokunin"],
            ["kokiko-soshitsu", "jido-teate-henko"]
        },
        {
            "死亡 of a head whose wife alone remains (she becomes head by law)",
            Visit(LifeEvent.Death, Person("世帯主", 70), Person("妻", 68, subject: false)),
            ["koseki-shibo", "sosaihi"],
            ["setainushi-henko"]
        },
        {
            "死亡 of an 80-year-old mother on 後期高齢者医療",
            Visit(LifeEvent.Death, Person("世帯主", 50, HealthInsurance.Employee, subject: false), Person("母", 80, HealthInsurance.LateStageElderly)),
            ["kokiko-soshitsu", "sosaihi", "kaigo-soshitsu"],
            ["setainushi-henko", "kokuho-soshitsu"]
        },
        {
            "死亡 of an employee-insured husband of 50: the wife leaves 第3号",
            Visit(LifeEvent.Death, Person("世帯主", 50, HealthInsurance.Employee), Person("妻", 48, HealthInsurance.National, subject: false), Person("長男", 16, HealthInsurance.National, subject: false)),
            ["nenkin-shubetsu", "setainushi-henko", "jido-teate-henko"],
            ["sosaihi", "kokuho-soshitsu"]
        },
        {
            "転出 of a family of four on 国保",
            Visit(LifeEvent.MoveOut, Person("世帯主", 40), Person("妻", 38), Person("長男", 8), Person("長女", 4)),
            ["jumin-tenshutsu", "kokuho-soshitsu", "jido-teate-henko", "kodomo-iryo-henko", "shugaku-tenko", "inkan-haishi"],
            ["kaigo-soshitsu", "kokiko-soshitsu", "setainushi-henko", "jumin-tennyu"]
        },
        {
            "転出 of a 78-year-old",
            Visit(LifeEvent.MoveOut, Person("世帯主", 78, HealthInsurance.LateStageElderly)),
            ["jumin-tenshutsu", "kokiko-soshitsu", "kaigo-soshitsu"],
            ["kokuho-soshitsu", "shugaku-tenko"]
        },
        {
            "転居 of a family on 国保",
            Visit(LifeEvent.Relocation, Person("世帯主", 40), Person("妻", 38), Person("長男", 8)),
            ["jumin-tenkyo", "kokuho-henko", "shugaku-tenkyo", "kodomo-iryo-henko", "nenkin-jusho", "jumin-mynumber"],
            ["kokuho-kanyu", "shugaku-tennyu", "jido-teate"]
        },
        {
            "婚姻: the wife on 国保 takes her husband's name, her son stays with her",
            Visit(LifeEvent.Marriage, Person("世帯主", 31, HealthInsurance.Employee), Person("妻", 29), Person("長男", 5, subject: false)),
            ["koseki-konin", "kokuho-henko", "nenkin-shimei", "jido-teate-henko", "kodomo-iryo-henko"],
            ["kokuho-kanyu", "jumin-tennyu"]
        },
        {
            "婚姻 of two employee-insured adults without children",
            Visit(LifeEvent.Marriage, Person("世帯主", 31, HealthInsurance.Employee), Person("妻", 29, HealthInsurance.Employee)),
            ["koseki-konin"],
            ["kokuho-henko", "nenkin-shimei", "jido-teate-henko"]
        },
        {
            "離婚: the mother leaves her husband's insurance for 国保 with a child of 6",
            Visit(LifeEvent.Divorce, Person("世帯主", 35), Person("長女", 6, subject: false)),
            ["koseki-rikon", "kokuho-kanyu", "nenkin-shubetsu", "nenkin-shimei", "jido-teate-henko", "kodomo-iryo-henko"],
            ["kokuho-soshitsu"]
        },
        {
            "世帯変更: a son of 25 on 国保 sets up his own household",
            Visit(LifeEvent.HouseholdChange, Person("世帯主", 25)),
            ["jumin-setai", "kokuho-henko"],
            ["setainushi-henko", "kokuho-kanyu", "jumin-tennyu"]
        },
        {
            "証明書のみ by an adult",
            Visit(LifeEvent.CertificatesOnly, Person("世帯主", 45)),
            ["shomei-juminhyo", "shomei-inkan", "shomei-shotoku"],
            ["kokuho-kanyu", "jumin-tennyu", "kaigo-1go"]
        },
        {
            "証明書のみ by a 14-year-old",
            Visit(LifeEvent.CertificatesOnly, Person("長男", 14)),
            ["shomei-juminhyo"],
            ["shomei-inkan", "shomei-shotoku"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_life_event_suggests_what_the_household_needs_and_nothing_it_does_not(string household, VisitFacts visit, string[] expected, string[] notExpected)
    {
        var codes = Codes(visit);

        Assert.All(expected, code => Assert.True(codes.Contains(code), $"{household}: {code} expected"));
        Assert.All(notExpected, code => Assert.False(codes.Contains(code), $"{household}: {code} not expected"));
    }

    [Fact]
    public void The_death_of_a_head_names_the_head_by_relationship_and_age_not_by_name()
    {
        var visit = Visit(LifeEvent.Death, Person("世帯主", 70), Person("妻", 68, subject: false), Person("長男", 40, subject: false));

        var change = Assert.Single(Suggest(visit), s => s.ProcedureCode == "setainushi-henko");

        Assert.Contains("世帯主（70歳）", change.ReasonJa, StringComparison.Ordinal);
    }

    [Fact]
    public void A_certificate_carries_its_fee_and_is_completed_at_the_counter()
    {
        var copy = Assert.Single(Suggest(Visit(LifeEvent.CertificatesOnly, Person("世帯主", 45))), s => s.ProcedureCode == "shomei-juminhyo");

        Assert.Equal(300, copy.Fee);
        Assert.True(copy.CompletedAtCounter);
        Assert.Equal(TimeSpan.FromMinutes(10), copy.ServiceLevel);
    }
}
