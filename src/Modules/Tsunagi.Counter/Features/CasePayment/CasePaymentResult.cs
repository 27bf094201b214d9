namespace Tsunagi.Counter.Features.CasePayment;

/// <summary>The receipt of a case's one payment: number, each document, total, 預かり金, おつり and the PDF's address.</summary>
public sealed record CasePaymentResult(Guid CaseId, Guid ReceiptId, string ReceiptNumber, IReadOnlyList<CaseBillLine> Lines, long Total, long Tendered, long Change, string PdfHref);
