using System.Globalization;
using System.Text;

namespace Tsunagi.Counter.Features.Metrics;

/// <summary>
/// The metrics as one flat table (a 区分 column tells the rows apart) for spreadsheets: UTF-8 with a BOM, CRLF, RFC 4180
/// quoting; a cell that a spreadsheet would run as a formula (= + - @) is prefixed with an apostrophe.
/// </summary>
public static class MetricsCsv
{
    public static readonly IReadOnlyList<string> Header =
    [
        "区分", "コード", "名称", "担当課", "件数", "完了件数", "取消件数",
        "待ち時間・件数", "待ち時間・中央値（分）", "待ち時間・90パーセンタイル（分）",
        "対応時間・件数", "対応時間・中央値（分）", "対応時間・90パーセンタイル（分）",
        "処理時間・件数", "処理時間・中央値（分）", "処理時間・90パーセンタイル（分）",
        "未完了件数", "期限超過件数", "期限超過率（%）",
    ];

    public static byte[] Write(CounterMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        var text = new StringBuilder();
        foreach (var row in Rows(metrics).Prepend(Header))
        {
            text.Append(string.Join(',', row.Select(Quote))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    public static string FileName(CounterMetrics metrics)
    {
        ArgumentNullException.ThrowIfNull(metrics);
        return string.Create(CultureInfo.InvariantCulture, $"counter-metrics-{metrics.From:yyyy-MM-dd}_{metrics.To:yyyy-MM-dd}{(metrics.Area is { } a ? "-" + a : string.Empty)}.csv");
    }

    private static IEnumerable<IReadOnlyList<string>> Rows(CounterMetrics m)
    {
        var none = new TimeFigures(0, null, null);
        yield return Row("全体", string.Empty, "全ライフイベント", string.Empty, m.Cases, m.LifeEvents.Sum(e => e.Closed), m.LifeEvents.Sum(e => e.Cancelled), m.Waiting, m.Service, none, null, null, null);
        foreach (var e in m.LifeEvents)
        {
            yield return Row("ライフイベント", e.LifeEvent, e.NameJa, string.Empty, e.Cases, e.Closed, e.Cancelled, e.Waiting, e.Service, none, null, null, null);
        }

        foreach (var p in m.Procedures)
        {
            yield return Row("手続", p.ProcedureCode, p.ProcedureName, p.Department, p.Steps, p.Completed, null, none, none, p.Processing, null, p.Overdue, p.OverduePercent);
        }

        foreach (var d in m.Departments)
        {
            yield return Row("担当課", string.Empty, d.Department, d.Department, d.Total, d.Done, null, none, none, none, d.Open + d.Overdue, d.Overdue, null);
        }
    }

    private static string[] Row(string kind, string code, string name, string department, int count, int? done, int? cancelled, TimeFigures waiting, TimeFigures service, TimeFigures processing, int? open, int? overdue, double? overduePercent) =>
    [
        kind, code, name, department, Number(count), Number(done), Number(cancelled),
        .. Figures(waiting), .. Figures(service), .. Figures(processing),
        Number(open), Number(overdue), Number(overduePercent),
    ];

    private static string[] Figures(TimeFigures f) =>
        f.Count == 0 ? [string.Empty, string.Empty, string.Empty] : [Number(f.Count), Number(f.MedianMinutes), Number(f.P90Minutes)];

    private static string Number(int? value) => value?.ToString(CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Number(double? value) => value?.ToString("0.0", CultureInfo.InvariantCulture) ?? string.Empty;

    private static string Quote(string cell)
    {
        var safe = cell.Length > 0 && "=+-@".Contains(cell[0], StringComparison.Ordinal) ? "'" + cell : cell;
        return safe.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + safe.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : safe;
    }
}
