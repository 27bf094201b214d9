using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Counter.Features.CasePayment;

/// <summary>The one payment of a case: the certificates module's receipt (id, number) with total, 預かり金 and おつり.</summary>
public sealed class CasePaymentRecord : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    public Guid ReceiptId { get; init; }

    public Guid CaseId { get; init; }

    public string ReceiptNumber { get; init; } = string.Empty;

    public long Total { get; init; }

    public long Tendered { get; init; }

    public DateTimeOffset PaidAt { get; init; }

    public Guid ClerkId { get; init; }
}
