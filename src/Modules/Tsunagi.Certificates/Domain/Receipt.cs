using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Certificates.Domain;

/// <summary>
/// 領収書: one payment at the counter for one or more issuances (their <c>ReceiptId</c> points here). Number per tenant and
/// 年度 (e.g. R2026-000045). The amount equals the sum of the issuances' fees at payment; never deleted.
/// </summary>
public sealed class Receipt : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    public Guid Id { get; init; }

    public string Number { get; init; } = string.Empty;

    public int FiscalYear { get; init; }

    public long Amount { get; init; }

    /// <summary>Cash handed over, for the change (おつり) on the receipt.</summary>
    public long Tendered { get; init; }

    public string Counter { get; init; } = string.Empty;

    public DateOnly PaidOn { get; init; }

    public DateTimeOffset PaidAt { get; init; }

    public Guid ReceivedBy { get; init; }

    public string? IdempotencyKey { get; init; }

    public ReceiptStatus Status { get; set; } = ReceiptStatus.Paid;

    public DateTimeOffset? VoidedAt { get; set; }

    public int Version { get; set; }
}
