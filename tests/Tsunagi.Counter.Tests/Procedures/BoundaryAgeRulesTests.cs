using Tsunagi.Counter.Contracts;
using Tsunagi.Counter.Domain.Procedures;
using static Tsunagi.Counter.Tests.Procedures.Households;

namespace Tsunagi.Counter.Tests.Procedures;

public sealed class BoundaryAgeRulesTests
{
    private static readonly DateOnly SixtyFifthBirthday = new(2026, 6, 15);

    [Theory]
    [InlineData(-2, false)]
    [InlineData(-1, true)]
    [InlineData(0, true)]
    [InlineData(1, true)]
    public void Long_term_care_first_category_starts_on_the_day_before_the_65th_birthday(int daysFromBirthday, bool firstCategory)
    {
        var mover = new PersonFacts("世帯主", new DateOnly(1961, 6, 15), true, false, HealthInsurance.National);
        var codes = Codes(new VisitFacts(LifeEvent.MoveIn, SixtyFifthBirthday.AddDays(daysFromBirthday), [mover]));

        Assert.Equal(firstCategory, codes.Contains("kaigo-1go"));
        Assert.Equal(!firstCategory, codes.Contains("kaigo-2go"));
    }

    [Theory]
    [InlineData("2019-04-01", true)]
    [InlineData("2019-04-02", false)]
    public void A_child_moving_in_on_the_first_of_April_is_school_age_only_if_born_by_the_first_of_April_six_years_before(string birth, bool schoolAge)
    {
        var child = new PersonFacts("長男", DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), true, false, HealthInsurance.National);
        var codes = Codes(new VisitFacts(LifeEvent.MoveIn, new DateOnly(2025, 4, 1), [Person("世帯主", 35), child]));

        Assert.Equal(schoolAge, codes.Contains("shugaku-tennyu"));
    }

    [Theory]
    [InlineData(74, "kokuho-kanyu")]
    [InlineData(75, "kokiko-kanyu")]
    public void At_75_the_late_stage_elderly_scheme_replaces_national_health_insurance(int age, string expected)
    {
        var codes = Codes(Visit(LifeEvent.MoveIn, Person("世帯主", age)));

        Assert.Contains(expected, codes);
        Assert.DoesNotContain(expected == "kokuho-kanyu" ? "kokiko-kanyu" : "kokuho-kanyu", codes);
    }

    [Fact]
    public void A_person_without_a_known_date_of_birth_triggers_no_age_rule()
    {
        var codes = Codes(Visit(LifeEvent.MoveIn, new PersonFacts("世帯主", null, true, false, HealthInsurance.National)));

        Assert.Contains("jumin-tennyu", codes);
        Assert.DoesNotContain("kaigo-1go", codes);
        Assert.DoesNotContain("jido-teate", codes);
        Assert.DoesNotContain("inkan-toroku", codes);
    }
}
