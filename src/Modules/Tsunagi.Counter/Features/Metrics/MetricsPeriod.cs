using System.Globalization;
using Tsunagi.Counter.Domain.Cases;
using Tsunagi.Platform.Japanese;

namespace Tsunagi.Counter.Features.Metrics;

/// <summary>
/// The days (Asia/Tokyo, both ends included) and the counter area the metrics cover. Defaults to this month so far; at most
/// <see cref="MaxDays"/> days, which bounds the rows the percentiles are computed over in memory.
/// </summary>
public sealed record MetricsPeriod(DateOnly From, DateOnly To, string? Area)
{
    public const int MaxDays = 366;

    /// <summary>Reads the query string; an unusable value is refused with a message naming the field (nothing is guessed).</summary>
    public static MetricsPeriod Parse(string? from, string? to, string? area, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var today = TokyoTime.Today(time);
        var problems = new List<CaseProblem>();
        var start = Date(from, "from", "期間（開始）", "Period (from)", new DateOnly(today.Year, today.Month, 1), problems);
        var end = Date(to, "to", "期間（終了）", "Period (to)", today, problems);
        var chosenArea = string.IsNullOrWhiteSpace(area) ? null : area.Trim();
        if (chosenArea is not null && !CounterAreas.Exists(chosenArea))
        {
            problems.Add(new CaseProblem("area", "窓口：一覧から選んでください。", "Area: choose one from the list."));
        }

        if (problems.Count == 0 && end < start)
        {
            problems.Add(new CaseProblem("to", "期間（終了）：開始日より前の日付は指定できません。", "Period (to): must not be before the start."));
        }
        else if (problems.Count == 0 && end.DayNumber - start.DayNumber + 1 > MaxDays)
        {
            problems.Add(new CaseProblem("to", $"期間（終了）：期間は{MaxDays}日以内で指定してください。", $"Period (to): the period is at most {MaxDays} days."));
        }

        return problems.Count > 0 ? throw new CaseRuleException(problems) : new MetricsPeriod(start, end, chosenArea);
    }

    private static DateOnly Date(string? text, string field, string nameJa, string nameEn, DateOnly fallback, List<CaseProblem> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        problems.Add(new CaseProblem(field, $"{nameJa}：2026-11-01 の形で入力してください。", $"{nameEn}: enter it as 2026-11-01."));
        return fallback;
    }
}
