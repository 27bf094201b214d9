namespace Tsunagi.Counter.Domain.Procedures;

/// <summary>
/// Ages as the law counts them. 年齢計算ニ関スル法律 counts from the day of birth, so a person reaches an age at the end
/// of the day before the birthday (民法第143条): born 4月2日, 6歳 on 4月1日. Born 2月29日: 2月28日 in a common year.
/// </summary>
public static class LegalAge
{
    /// <summary>The day a person reaches <paramref name="years"/> (満年齢に達する日): the day before the birthday.</summary>
    public static DateOnly DayReaching(DateOnly birth, int years)
    {
        var year = birth.Year + years;
        return birth is { Month: 2, Day: 29 } && !DateTime.IsLeapYear(year)
            ? new DateOnly(year, 2, 28)
            : birth.AddYears(years).AddDays(-1);
    }

    /// <summary>満年齢 on a date; 0 before the first year is reached, never negative.</summary>
    public static int On(DateOnly birth, DateOnly date)
    {
        if (date < birth)
        {
            return 0;
        }

        var years = date.Year - birth.Year;
        while (years > 0 && DayReaching(birth, years) > date)
        {
            years--;
        }

        return years;
    }

    /// <summary>The 年度 (April to March) a date falls in, by its starting year.</summary>
    public static int FiscalYearOf(DateOnly date) => date.Month >= 4 ? date.Year : date.Year - 1;

    /// <summary>
    /// The school grade (1–6 小学校, 7–9 中学校) on a date, 0 outside 学齢. 学校教育法第17条: school starts at the first
    /// 4月1日 after the day following the day the child reaches 6, so the grade is the age reached by the 3月31日 before
    /// the school year minus 5 (born 4月1日 enters a year before a child born 4月2日).
    /// </summary>
    public static int SchoolGradeOn(DateOnly birth, DateOnly date)
    {
        var yearStartEve = new DateOnly(FiscalYearOf(date), 3, 31);
        var grade = On(birth, yearStartEve) - 5;
        return grade is >= 1 and <= 9 ? grade : 0;
    }

    /// <summary>
    /// 高校生年代まで (児童手当法第3条, from 令和6年10月): until the first 3月31日 on or after the day the child reaches 18.
    /// </summary>
    public static bool IsUpToHighSchoolAgeOn(DateOnly birth, DateOnly date)
    {
        if (date < birth)
        {
            return false;
        }

        var reaches18 = DayReaching(birth, 18);
        var marchEnd = new DateOnly(reaches18.Year, 3, 31);
        var lastDay = reaches18 <= marchEnd ? marchEnd : marchEnd.AddYears(1);
        return date <= lastDay;
    }
}
