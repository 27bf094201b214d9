namespace Tsunagi.Certificates.Features.DailyCashReport;

/// <summary>
/// 日計表 of one day and counter (<see cref="Counter"/> null: all counters). <see cref="NetCash"/> is what the till must
/// hold: receipts less refunds. The reconciliation compares two independent sums, the fees of the issuances the day's
/// receipts collected and the receipts' amounts; they must be equal (<see cref="Balanced"/>).
/// </summary>
public sealed record CashReport(
    DateOnly Date,
    string? Counter,
    string Municipality,
    IReadOnlyList<CashReportDocumentLine> Documents,
    IReadOnlyList<CashReportExemptionLine> Exemptions,
    int ReceiptCount,
    long ReceiptAmount,
    int RefundCount,
    long RefundAmount,
    long PaidFees,
    IReadOnlyList<CashReportUnpaidLine> Unpaid)
{
    public long FeesCharged => Documents.Sum(d => d.Fees);

    public long UnpaidAmount => Unpaid.Sum(u => u.Fee);

    public long NetCash => ReceiptAmount - RefundAmount;

    public bool Balanced => PaidFees == ReceiptAmount;
}
