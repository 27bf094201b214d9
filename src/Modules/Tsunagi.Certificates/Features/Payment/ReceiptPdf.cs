using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Documents;

namespace Tsunagi.Certificates.Features.Payment;

/// <summary>Renders a receipt as PDF (the page and the API return the same bytes); each print is audited.</summary>
public sealed class ReceiptPdf(ReceiptQuery query, PdfDocumentWriter writer, AuditTrail audit)
{
    public const string PrintOperation = "certificates.receipt-printed";

    public async Task<(byte[] Pdf, string Number)> RenderAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var receipt = await query.LoadAsync(id, cancellationToken);
        var pdf = writer.Write(ReceiptDocument.Build(receipt), out _);
        await audit.RecordAsync(new AuditEntry(PrintOperation, "receipt", id.ToString()), cancellationToken);
        return (pdf, receipt.Number);
    }
}
