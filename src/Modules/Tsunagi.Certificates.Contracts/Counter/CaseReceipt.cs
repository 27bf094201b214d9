namespace Tsunagi.Certificates.Contracts.Counter;

/// <summary>One receipt (領収書) for the documents of a case: number (R2026-000045), a line per document, total, 預かり金, おつり and the PDF's address.</summary>
public sealed record CaseReceipt(Guid ReceiptId, string Number, IReadOnlyList<CaseDocumentFee> Lines, long Total, long Tendered, long Change, string PdfHref);
