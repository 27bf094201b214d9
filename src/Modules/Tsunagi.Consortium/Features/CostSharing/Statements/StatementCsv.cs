using System.Globalization;
using System.Text;
using Tsunagi.Consortium.Features.CostSharing.Figures;

namespace Tsunagi.Consortium.Features.CostSharing.Statements;

/// <summary>
/// Statements as CSV (UTF-8 with a BOM, CRLF): for a month one row per member; for a year each member's twelve
/// months then its 年額 row, which equals the sum of the months.
/// </summary>
public static class StatementCsv
{
    public static byte[] Write(IReadOnlyList<Statement> statements)
    {
        ArgumentNullException.ThrowIfNull(statements);
        var ja = CostText.Japanese;
        var text = new StringBuilder();
        Line(text, [CostText.Get("Cost.Statement.Year", ja), CostText.Get("Cost.Statement.Period", ja), CostText.Get("Cost.Column.Code", ja), CostText.Get("Cost.Column.Member", ja), CostText.Get("Cost.Column.Equal", ja), CostText.Get("Cost.Column.Population", ja), CostText.Get("Cost.Column.Usage", ja), CostText.Get("Cost.Column.Total", ja)]);
        foreach (var s in statements)
        {
            var months = s.Month is { } m ? s.Months.Where(i => i.Month == m) : s.Months;
            foreach (var i in months)
            {
                Line(text, [FiscalYears.Label(s.FiscalYear), $"{i.Year:D4}-{i.Month:D2}", s.Code, s.Name, N(i.EqualPart), N(i.PopulationPart), N(i.UsagePart), N(i.Total)]);
            }

            if (s.Month is null)
            {
                Line(text, [FiscalYears.Label(s.FiscalYear), CostText.Get("Cost.Statement.WholeYear", ja), s.Code, s.Name, N(s.EqualPart), N(s.PopulationPart), N(s.UsagePart), N(s.Total)]);
            }
        }

        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text.ToString())];
    }

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Line(StringBuilder text, string[] cells) =>
        text.Append(string.Join(',', cells.Select(Quote))).Append("\r\n");

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
}
