using System.Globalization;
using Tsunagi.Certificates.Features.FeeSchedule;
using Tsunagi.Certificates.Features.Payment;
using Tsunagi.Platform.Japanese;

namespace Tsunagi.Certificates.Features.DailyCashReport;

/// <summary>
/// The report as rows of (区分, 項目, 件数, 通数, 金額) in Japanese: the one shape the CSV and the PDF tables are written from,
/// so both always say the same thing.
/// </summary>
public static class CashReportRows
{
    public static IReadOnlyList<string> Header { get; } = [T("Cash.Report.Section"), T("Cash.Report.Item"), T("Cash.Report.Count"), T("Cash.Receipt.Copies"), T("Cash.Receipt.Amount")];

    public static IReadOnlyList<IReadOnlyList<string>> Of(CashReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var rows = new List<IReadOnlyList<string>>
        {
            Row(T("Cash.Report.Date"), JapaneseEraDateFormat.Format(report.Date)),
            Row(T("Cash.Field.Counter"), report.Counter ?? T("Cash.Report.AllCounters")),
        };
        rows.AddRange(report.Documents.Select(d => Row(T("Cash.Report.Issued"), TypeLabel(d.Type), N(d.Count), N(d.Copies), N(d.Fees))));
        rows.Add(Row(T("Cash.Report.Issued"), T("Cash.Report.FeesCharged"), N(report.Documents.Sum(d => d.Count)), N(report.Documents.Sum(d => d.Copies)), N(report.FeesCharged)));
        rows.AddRange(report.Exemptions.Select(e => Row(T("Cash.Report.Exempted"), e.Reason, N(e.Count), N(e.Copies), "0")));
        rows.Add(Row(T("Cash.Report.Receipts"), string.Empty, N(report.ReceiptCount), string.Empty, N(report.ReceiptAmount)));
        rows.Add(Row(T("Cash.Report.Refunds"), string.Empty, N(report.RefundCount), string.Empty, N(report.RefundAmount)));
        rows.Add(Row(T("Cash.Report.NetCash"), T("Cash.Report.NetCashFormula"), string.Empty, string.Empty, N(report.NetCash)));
        rows.Add(Row(T("Cash.Report.Reconciliation"), T("Cash.Report.PaidFees"), string.Empty, string.Empty, N(report.PaidFees)));
        rows.Add(Row(T("Cash.Report.Reconciliation"), T("Cash.Report.ReceiptAmount"), string.Empty, string.Empty, N(report.ReceiptAmount)));
        rows.Add(Row(T("Cash.Report.Reconciliation"), report.Balanced ? T("Cash.Report.Balanced") : T("Cash.Report.NotBalanced"), string.Empty, string.Empty, N(report.PaidFees - report.ReceiptAmount)));
        rows.AddRange(report.Unpaid.Select(u => Row(T("Cash.Report.Unpaid"), u.Number + " " + TypeLabel(u.Type), "1", N(u.Copies), N(u.Fee))));
        rows.Add(Row(T("Cash.Report.Unpaid"), T("Cash.Report.UnpaidTotal"), N(report.Unpaid.Count), string.Empty, N(report.UnpaidAmount)));
        return rows;
    }

    private static string[] Row(params string[] cells) => [.. cells, .. Enumerable.Repeat(string.Empty, 5 - cells.Length)];

    private static string N(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static string TypeLabel(Contracts.CertificateType type) => T(CertificateTypeNames.LabelKey(type));

    private static string T(string key) => CashText.Get(key, CashText.Japanese);
}
