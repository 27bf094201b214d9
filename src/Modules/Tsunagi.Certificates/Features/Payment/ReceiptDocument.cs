using System.Globalization;
using Tsunagi.Certificates.Domain;
using Tsunagi.Certificates.Features.FeeSchedule;
using Tsunagi.Platform.Documents;
using Tsunagi.Platform.Japanese;

namespace Tsunagi.Certificates.Features.Payment;

/// <summary>The 領収書 layout: number and 和暦 date, one row per document, total, 預かり, おつり, the receipt statement, counter and staff.</summary>
public static class ReceiptDocument
{
    public static Document Build(ReceiptView receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        var ja = CashText.Japanese;
        var rows = receipt.Lines
            .Select(l => (IReadOnlyList<string>)[CashText.Get(CertificateTypeNames.LabelKey(l.Type), ja), l.IssuanceNumber, Count(l.Copies), CashInput.Yen(l.FeePerCopy), CashInput.Yen(l.Amount)])
            .Append([CashText.Get("Cash.Receipt.Total", ja), string.Empty, Count(receipt.Lines.Sum(l => l.Copies)), string.Empty, CashInput.Yen(receipt.Amount)])
            .ToList();
        var builder = new DocumentBuilder()
            .Title(CashText.Get("Cash.Receipt.Title", ja))
            .RightAligned(CashText.Get("Cash.Receipt.Number", ja) + "　" + receipt.Number)
            .RightAligned(DocumentEraDateFormat.Format(receipt.PaidOn))
            .Space()
            .Table(new DocumentTable([3, 2, 1, 2, 2], [CashText.Get("Cash.Field.Type", ja), CashText.Get("Cash.Receipt.CertificateNumber", ja), CashText.Get("Cash.Receipt.Copies", ja), CashText.Get("Cash.Field.FeePerCopy", ja), CashText.Get("Cash.Receipt.Amount", ja)], rows))
            .Space()
            .Paragraph(CashText.Get("Cash.Receipt.Total", ja) + "　" + CashInput.Yen(receipt.Amount), TextStyle.Heading)
            .Paragraph(CashText.Get("Cash.Receipt.Tendered", ja) + "　" + CashInput.Yen(receipt.Tendered))
            .Paragraph(CashText.Get("Cash.Receipt.Change", ja) + "　" + CashInput.Yen(receipt.Change))
            .Space()
            .Paragraph(CashText.Get("Cash.Receipt.Statement", ja));
        if (receipt.Status == ReceiptStatus.Voided)
        {
            builder.Paragraph(CashText.Get("Cash.Receipt.VoidedNote", ja));
        }

        return builder
            .Space()
            .RightAligned(receipt.Municipality)
            .RightAligned(CashText.Get("Cash.Receipt.Counter", ja) + "　" + receipt.Counter)
            .RightAligned(CashText.Get("Cash.Receipt.Staff", ja) + "　" + receipt.StaffName)
            .Build();
    }

    private static string Count(int copies) => copies.ToString(CultureInfo.InvariantCulture) + "通";
}
