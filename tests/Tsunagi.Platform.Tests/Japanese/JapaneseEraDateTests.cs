using Tsunagi.Platform.Japanese;

namespace Tsunagi.Platform.Tests.Japanese;

public sealed class JapaneseEraDateTests
{
    [Theory]
    [InlineData("2025-11-23")]
    [InlineData("2025/11/23")]
    [InlineData("2025.11.23")]
    [InlineData("2025-1-5", 2025, 1, 5)]
    [InlineData("20251123")]
    [InlineData("2025年11月23日")]
    [InlineData("R7.11.23")]
    [InlineData("r7/11/23")]
    [InlineData("R07-11-23")]
    [InlineData("令和7年11月23日")]
    [InlineData("令和 7年 11月 23日")]
    [InlineData("２０２５－１１－２３")]
    [InlineData("Ｒ７．１１．２３")]
    [InlineData("令和７年１１月２３日")]
    [InlineData("　2025-11-23　")]
    public void Every_accepted_form_of_the_same_day_gives_that_day(string input, int year = 2025, int month = 11, int day = 23)
    {
        Assert.True(JapaneseEraDate.TryParse(input, out var date, out var error));
        Assert.Equal(JapaneseDateError.None, error);
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("令和元年5月1日", 2019, 5, 1)]
    [InlineData("R元.5.1", 2019, 5, 1)]
    [InlineData("平成31年4月30日", 2019, 4, 30)]
    [InlineData("H31.4.30", 2019, 4, 30)]
    [InlineData("平成元年1月8日", 1989, 1, 8)]
    [InlineData("昭和64年1月7日", 1989, 1, 7)]
    [InlineData("S39.10.10", 1964, 10, 10)]
    [InlineData("大正15年12月24日", 1926, 12, 24)]
    [InlineData("T1.7.30", 1912, 7, 30)]
    [InlineData("明治45年7月29日", 1912, 7, 29)]
    [InlineData("令和6年2月29日", 2024, 2, 29)]
    public void Era_years_count_from_the_first_year_of_the_era(string input, int year, int month, int day)
    {
        Assert.True(JapaneseEraDate.TryParse(input, out var date, out _));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("令和7年2月30日")]
    [InlineData("令和7年2月29日")]
    [InlineData("R7.13.1")]
    [InlineData("令和0年5月1日")]
    [InlineData("2025-02-30")]
    [InlineData("2025-00-10")]
    [InlineData("2025年4月31日")]
    [InlineData("20250230")]
    public void A_day_that_does_not_exist_is_no_such_date(string input)
    {
        Assert.False(JapaneseEraDate.TryParse(input, out var date, out var error));
        Assert.Equal(JapaneseDateError.NoSuchDate, error);
        Assert.Equal(default, date);
    }

    [Theory]
    [InlineData("令和元年4月30日")]
    [InlineData("R1.4.30")]
    [InlineData("平成31年5月1日")]
    [InlineData("昭和64年1月8日")]
    [InlineData("平成元年1月7日")]
    public void A_real_day_outside_the_named_era_is_refused(string input)
    {
        Assert.False(JapaneseEraDate.TryParse(input, out _, out var error));
        Assert.Equal(JapaneseDateError.OutsideEra, error);
    }

    [Theory]
    [InlineData("きのう")]
    [InlineData("2025-11")]
    [InlineData("2025-11/23")]
    [InlineData("X7.11.23")]
    [InlineData("令和7年11月23")]
    [InlineData("11/23/2025")]
    [InlineData("2025-11-23T00:00")]
    [InlineData("٢٠٢٥-١١-٢٣")]
    public void Anything_else_is_an_unrecognised_format(string input)
    {
        Assert.False(JapaneseEraDate.TryParse(input, out _, out var error));
        Assert.Equal(JapaneseDateError.UnrecognisedFormat, error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData(" 　 ")]
    public void Nothing_typed_is_empty(string? input)
    {
        Assert.False(JapaneseEraDate.TryParse(input, out _, out var error));
        Assert.Equal(JapaneseDateError.Empty, error);
    }
}
