using System.Globalization;
using Tsunagi.Platform.Japanese;

namespace Tsunagi.Consortium.Features.Usage;

/// <summary>A calendar month of usage, typed as <c>2026-11</c> in links; up to today when it is the current month.</summary>
public sealed record UsageMonth(int Year, int Month)
{
    public DateOnly First => new(Year, Month, 1);

    public DateOnly Last => First.AddMonths(1).AddDays(-1);

    public string Key => First.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public UsageMonth Previous => Of(First.AddMonths(-1));

    public UsageMonth Next => Of(First.AddMonths(1));

    public static UsageMonth Of(DateOnly day) => new(day.Year, day.Month);

    public static UsageMonth Current(TimeProvider time) => Of(TokyoTime.Today(time));

    /// <summary>null for anything but <c>yyyy-MM</c> (full-width digits accepted) between 2000 and 2100.</summary>
    public static UsageMonth? Parse(string? text)
    {
        var normalized = text is null ? null : JapaneseDigits.ToAscii(text.Trim());
        return DateOnly.TryParseExact(normalized + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) && day.Year is >= 2000 and <= 2100
            ? Of(day)
            : null;
    }
}
