using Tsunagi.Certificates.Features.Payment;
using Tsunagi.Platform.Documents;
using Tsunagi.Platform.Japanese;

namespace Tsunagi.Certificates.Features.DailyCashReport;

/// <summary>The 日計表 PDF: municipality, date, counter, then the report's rows as one table and the balance.</summary>
public static class CashReportDocument
{
    public static Document Build(CashReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var ja = CashText.Japanese;
        var rows = CashReportRows.Of(report).Skip(2).ToList();
        return new DocumentBuilder()
            .Title(CashText.Get("Cash.Report.Title", ja))
            .RightAligned(report.Municipality)
            .RightAligned(DocumentEraDateFormat.Format(report.Date))
            .RightAligned(CashText.Get("Cash.Field.Counter", ja) + "　" + (report.Counter ?? CashText.Get("Cash.Report.AllCounters", ja)))
            .Space()
            .Table(new DocumentTable([2, 4, 1, 1, 2], CashReportRows.Header, rows))
            .Space()
            .Paragraph(CashText.Get("Cash.Report.NetCash", ja) + "　" + CashInput.Yen(report.NetCash), TextStyle.Heading)
            .Paragraph(report.Balanced ? CashText.Get("Cash.Report.Balanced", ja) : CashText.Get("Cash.Report.NotBalanced", ja))
            .Build();
    }
}
