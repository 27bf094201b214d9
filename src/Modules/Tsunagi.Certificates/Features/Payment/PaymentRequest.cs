namespace Tsunagi.Certificates.Features.Payment;

/// <summary><c>POST /api/v1/receipts</c>: the issuances paid for together (one counter) and the cash handed over (預かり金).</summary>
public sealed record PaymentRequest(IReadOnlyList<Guid>? IssuanceIds, long? Tendered);
