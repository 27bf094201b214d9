using System.Text;

namespace Tsunagi.Certificates.Features.DailyCashReport;

/// <summary>The report as CSV: UTF-8 with a BOM (so spreadsheet software reads the Japanese), CRLF lines, RFC 4180 quoting.</summary>
public static class CashReportCsv
{
    public static byte[] Write(CashReport report)
    {
        var text = new StringBuilder();
        foreach (var row in CashReportRows.Of(report).Prepend(CashReportRows.Header))
        {
            text.Append(string.Join(',', row.Select(Quote))).Append("\r\n");
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
