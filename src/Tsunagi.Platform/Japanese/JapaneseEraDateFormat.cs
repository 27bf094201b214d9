using System.Globalization;

namespace Tsunagi.Platform.Japanese;

/// <summary>Writes a date in 和暦 as staff read it on screen: 令和7年11月23日, 令和元年5月1日 (ASCII digits; documents pad with full-width ones).</summary>
public static class JapaneseEraDateFormat
{
    private static readonly DateOnly MeijiStart = new(1868, 10, 23);
    private static readonly CultureInfo Japanese = CreateCulture();

    public static string Format(DateOnly date)
    {
        if (date < MeijiStart)
        {
            return date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
        }

        var instant = date.ToDateTime(TimeOnly.MinValue);
        var calendar = Japanese.DateTimeFormat.Calendar;
        var year = calendar.GetYear(instant);
        var era = Japanese.DateTimeFormat.GetEraName(calendar.GetEra(instant));
        return $"{era}{(year == 1 ? "元" : year.ToString(CultureInfo.InvariantCulture))}年{date.Month}月{date.Day}日";
    }

    private static CultureInfo CreateCulture()
    {
        var culture = (CultureInfo)CultureInfo.GetCultureInfo("ja-JP").Clone();
        culture.DateTimeFormat.Calendar = new JapaneseCalendar();
        return culture;
    }
}
