using Tsunagi.Counter.Contracts;
using Tsunagi.Counter.Domain.Procedures;
using static Tsunagi.Counter.Tests.Procedures.Households;

namespace Tsunagi.Counter.Tests.Procedures;

public sealed class MoveInRulesTests
{
    public static TheoryData<string, VisitFacts, string[], string[]> Cases => new()
    {
        {
            "family of four on 国保, children 8 and 4",
            FamilyOfFourMovingIn(HealthInsurance.National),
            ["jumin-tennyu", "kokuho-kanyu", "jido-teate", "shugaku-tennyu", "kodomo-iryo", "kaigo-2go", "nenkin-jusho"],
            ["kokiko-kanyu", "kaigo-1go", "boshi-hoken", "jumin-tennyu-kokugai", "zairyu-card"]
        },
        {
            "the same family on employee insurance",
            FamilyOfFourMovingIn(HealthInsurance.Employee),
            ["jumin-tennyu", "jido-teate", "shugaku-tennyu", "kodomo-iryo"],
            ["kokuho-kanyu", "kaigo-2go", "nenkin-jusho"]
        },
        {
            "a 67-year-old on 国保",
            Visit(LifeEvent.MoveIn, Person("世帯主", 67)),
            ["jumin-tennyu", "kokuho-kanyu", "kaigo-1go", "inkan-toroku"],
            ["kokiko-kanyu", "kaigo-2go", "jido-teate", "nenkin-jusho"]
        },
        {
            "a 76-year-old declared on 国保",
            Visit(LifeEvent.MoveIn, Person("世帯主", 76)),
            ["jumin-tennyu", "kokiko-kanyu", "kaigo-1go"],
            ["kokuho-kanyu"]
        },
        {
            "a foreign resident from abroad with a 2-year-old",
            new VisitFacts(LifeEvent.MoveIn, On, [Person("世帯主", 30, foreign: true), Person("長女", 2, foreign: true)], FromAbroad: true),
            ["jumin-tennyu-kokugai", "zairyu-card", "boshi-hoken", "jido-teate", "kokuho-kanyu"],
            ["jumin-tennyu", "shugaku-tennyu"]
        },
        {
            "a grandmother joining a household: only she moves",
            Visit(LifeEvent.MoveIn, Person("世帯主", 45, HealthInsurance.Employee, subject: false), Person("長男", 9, HealthInsurance.Employee, subject: false), Person("母", 70, HealthInsurance.National)),
            ["kokuho-kanyu", "kaigo-1go"],
            ["shugaku-tennyu", "jido-teate", "kodomo-iryo"]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_move_in_suggests_what_the_household_needs_and_nothing_it_does_not(string household, VisitFacts visit, string[] expected, string[] notExpected)
    {
        var codes = Codes(visit);

        Assert.All(expected, code => Assert.True(codes.Contains(code), $"{household}: {code} expected"));
        Assert.All(notExpected, code => Assert.False(codes.Contains(code), $"{household}: {code} not expected"));
    }

    [Fact]
    public void School_entry_is_suggested_once_for_the_school_age_child_only_naming_him_by_relationship_and_age()
    {
        var school = Suggest(FamilyOfFourMovingIn(HealthInsurance.National)).Where(s => s.ProcedureCode == "shugaku-tennyu").ToList();

        var only = Assert.Single(school);
        Assert.Contains("長男（8歳）", only.ReasonJa, StringComparison.Ordinal);
        Assert.DoesNotContain("長女", only.ReasonJa, StringComparison.Ordinal);
        Assert.Equal(NationalCatalogue.SchoolsDivision, only.Department);
    }

    [Fact]
    public void A_household_procedure_appears_once_naming_every_matched_member()
    {
        var allowance = Assert.Single(Suggest(FamilyOfFourMovingIn(HealthInsurance.National)), s => s.ProcedureCode == "jido-teate");

        Assert.Contains("長男（8歳）、長女（4歳）", allowance.ReasonJa, StringComparison.Ordinal);
        Assert.DoesNotContain("世帯主", allowance.ReasonJa, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggestions_follow_the_catalogue_order()
    {
        var codes = Codes(FamilyOfFourMovingIn(HealthInsurance.National));
        var order = NationalCatalogue.Value.Procedures.Select(p => p.Code).ToList();

        Assert.Equal(codes.OrderBy(order.IndexOf), codes);
    }

    [Fact]
    public void Two_school_age_children_get_one_school_step_each()
    {
        var visit = Visit(LifeEvent.MoveIn, Person("世帯主", 40), Person("長男", 12), Person("二男", 7));

        var school = Suggest(visit).Where(s => s.ProcedureCode == "shugaku-tennyu").Select(s => s.ReasonJa).ToList();

        Assert.Equal(2, school.Count);
        Assert.Contains(school, r => r.Contains("長男（12歳）", StringComparison.Ordinal));
        Assert.Contains(school, r => r.Contains("二男（7歳）", StringComparison.Ordinal));
    }
}
