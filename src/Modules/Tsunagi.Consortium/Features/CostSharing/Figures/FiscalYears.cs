using Tsunagi.Platform.Japanese;

namespace Tsunagi.Consortium.Features.CostSharing.Figures;

/// <summary>年度: April 1 to March 31, named by the calendar year it starts in.</summary>
public static class FiscalYears
{
    public static int Of(DateOnly day) => day.Month >= 4 ? day.Year : day.Year - 1;

    public static int Current(TimeProvider time) => Of(TokyoTime.Today(time));

    public static DateOnly Start(int fiscalYear) => new(fiscalYear, 4, 1);

    public static DateOnly End(int fiscalYear) => new(fiscalYear + 1, 3, 31);

    /// <summary>令和8年度 (the era year of April 1).</summary>
    public static string Label(int fiscalYear)
    {
        var formatted = JapaneseEraDateFormat.Format(Start(fiscalYear));
        var yearEnd = formatted.IndexOf('年', StringComparison.Ordinal);
        return formatted[..yearEnd] + "年度";
    }
}
