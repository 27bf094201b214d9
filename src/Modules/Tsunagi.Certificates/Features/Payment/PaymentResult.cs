namespace Tsunagi.Certificates.Features.Payment;

/// <summary>The receipt made by a payment: its number (R2026-000045), amount, 預かり and おつり.</summary>
public sealed record PaymentResult(Guid ReceiptId, string Number, long Amount, long Tendered, long Change, string Counter, DateOnly PaidOn);
