using Tsunagi.Certificates.Domain;

namespace Tsunagi.Certificates.Features.Payment;

/// <summary>Everything a 領収書 prints, loaded before rendering.</summary>
public sealed record ReceiptView(
    Guid Id,
    string Number,
    DateOnly PaidOn,
    long Amount,
    long Tendered,
    string Counter,
    string StaffName,
    string Municipality,
    ReceiptStatus Status,
    IReadOnlyList<ReceiptLine> Lines)
{
    public long Change => Tendered - Amount;
}
