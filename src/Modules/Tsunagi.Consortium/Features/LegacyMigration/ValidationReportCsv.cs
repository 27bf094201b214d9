using System.Globalization;
using System.Text;
using Microsoft.Extensions.Localization;
using Tsunagi.Consortium.Resources;

namespace Tsunagi.Consortium.Features.LegacyMigration;

/// <summary>The validation report as CSV (UTF-8 with BOM for Excel): 行, 区分, 項目, 内容 — in Japanese, no personal data.</summary>
public static class ValidationReportCsv
{
    public static byte[] Write(ValidationReport report, IStringLocalizer<ConsortiumResource> text)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(text);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ja-JP");
        try
        {
            var csv = new StringBuilder();
            csv.Append(text["Migration.Report.Row"]).Append(',').Append(text["Migration.Report.Severity"]).Append(',')
                .Append(text["Migration.Report.Field"]).Append(',').Append(text["Migration.Report.Problem"]).Append("\r\n");
            foreach (var problem in report.Problems)
            {
                csv.Append(problem.Row.ToString(CultureInfo.InvariantCulture)).Append(',')
                    .Append(text[problem.IsWarning ? "Migration.Report.Warning" : "Migration.Report.Error"]).Append(',')
                    .Append(Quote(text[problem.FieldKey])).Append(',').Append(Quote(text[problem.ProblemKey])).Append("\r\n");
            }

            return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv.ToString())];
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static string Quote(string value) => value.Contains(',', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal) ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
}
