using Tsunagi.Counter.Domain.Procedures;

namespace Tsunagi.Counter.Tests.Procedures;

public sealed class LegalAgeTests
{
    [Theory]
    [InlineData("1961-06-16", "2026-06-14", 64)]
    [InlineData("1961-06-16", "2026-06-15", 65)]
    [InlineData("1961-06-16", "2026-06-16", 65)]
    [InlineData("2008-02-29", "2026-02-27", 17)]
    [InlineData("2008-02-29", "2026-02-28", 18)]
    [InlineData("2008-02-29", "2028-02-28", 20)]
    public void An_age_is_reached_on_the_day_before_the_birthday(string birth, string on, int age) =>
        Assert.Equal(age, LegalAge.On(DateOnly.Parse(birth, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(on, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_child_born_on_the_first_of_April_starts_school_a_year_before_one_born_on_the_second()
    {
        var schoolYearStart = new DateOnly(2025, 4, 1);

        Assert.Equal(1, LegalAge.SchoolGradeOn(new DateOnly(2019, 4, 1), schoolYearStart));
        Assert.Equal(0, LegalAge.SchoolGradeOn(new DateOnly(2019, 4, 2), schoolYearStart));
        Assert.Equal(1, LegalAge.SchoolGradeOn(new DateOnly(2019, 4, 2), new DateOnly(2026, 4, 1)));
        Assert.Equal(0, LegalAge.SchoolGradeOn(new DateOnly(2019, 4, 1), new DateOnly(2025, 3, 31)));
    }

    [Fact]
    public void School_age_ends_with_the_ninth_grade()
    {
        var born = new DateOnly(2010, 9, 1);

        Assert.Equal(9, LegalAge.SchoolGradeOn(born, new DateOnly(2026, 3, 31)));
        Assert.Equal(0, LegalAge.SchoolGradeOn(born, new DateOnly(2026, 4, 1)));
    }

    [Fact]
    public void Child_allowance_age_lasts_until_the_March_after_reaching_eighteen()
    {
        var bornFirstOfApril = new DateOnly(2007, 4, 1);
        var bornSecondOfApril = new DateOnly(2007, 4, 2);

        Assert.True(LegalAge.IsUpToHighSchoolAgeOn(bornFirstOfApril, new DateOnly(2025, 3, 31)));
        Assert.False(LegalAge.IsUpToHighSchoolAgeOn(bornFirstOfApril, new DateOnly(2025, 4, 1)));
        Assert.True(LegalAge.IsUpToHighSchoolAgeOn(bornSecondOfApril, new DateOnly(2026, 3, 31)));
        Assert.False(LegalAge.IsUpToHighSchoolAgeOn(bornSecondOfApril, new DateOnly(2026, 4, 1)));
    }
}
