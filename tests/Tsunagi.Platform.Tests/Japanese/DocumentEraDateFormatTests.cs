using FsCheck;
using FsCheck.Fluent;
using Tsunagi.Platform.Japanese;

namespace Tsunagi.Platform.Tests.Japanese;

public sealed class DocumentEraDateFormatTests
{
    [Theory]
    [InlineData(2025, 11, 23, "令和　７年１１月２３日")]
    [InlineData(2019, 12, 4, "令和　元年１２月　４日")]
    [InlineData(2019, 4, 30, "平成３１年　４月３０日")]
    [InlineData(1989, 1, 8, "平成　元年　１月　８日")]
    [InlineData(1975, 4, 1, "昭和５０年　４月　１日")]
    public void Dates_print_with_full_width_digits_padded_with_full_width_spaces(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, DocumentEraDateFormat.Format(new DateOnly(year, month, day)));
    }

    [Fact]
    public void Every_printed_date_is_eleven_characters_wide_and_reads_back_as_the_same_date()
    {
        var dates = Gen.Choose(new DateOnly(1868, 10, 23).DayNumber, new DateOnly(2100, 12, 31).DayNumber)
            .Select(DateOnly.FromDayNumber).ToArbitrary();

        Prop.ForAll(dates, date =>
        {
            var printed = DocumentEraDateFormat.Format(date);
            return printed.Length == 11 && JapaneseEraDate.TryParse(printed, out var parsed, out _) && parsed == date;
        }).QuickCheckThrowOnFailure();
    }
}
