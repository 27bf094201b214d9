using System.Globalization;
using System.Text;
using Tsunagi.Platform.Metering;

namespace Tsunagi.Consortium.Features.Usage;

/// <summary>Usage as CSV: UTF-8 with a BOM (spreadsheet software reads the Japanese), CRLF lines, RFC 4180 quoting, plain digits.</summary>
public static class UsageCsv
{
    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<(IReadOnlyList<string> Leading, UsageFigures Figures)> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder();
        Line(text, header);
        foreach (var (leading, figures) in rows)
        {
            Line(text, [.. leading, .. Enum.GetValues<UsageMetric>().Select(m => figures[m].ToString(CultureInfo.InvariantCulture))]);
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static void Line(StringBuilder text, IEnumerable<string> cells) =>
        text.Append(string.Join(',', cells.Select(Quote))).Append("\r\n");

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
