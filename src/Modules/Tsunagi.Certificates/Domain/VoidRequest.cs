using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Certificates.Domain;

/// <summary>
/// 取消 of an issued certificate (and refund of its fee), asked with a reason by one staff member and decided by a
/// second (not the requester). Approval voids the issuance, revokes its verification code and, when paid, records the
/// refund on <see cref="RefundOn"/> for the daily cash report of <see cref="Counter"/>.
/// </summary>
public sealed class VoidRequest : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    public Guid Id { get; init; }

    public Guid IssuanceId { get; init; }

    public string Reason { get; init; } = string.Empty;

    public Guid RequestedBy { get; init; }

    public DateTimeOffset RequestedAt { get; init; }

    public VoidRequestStatus Status { get; set; } = VoidRequestStatus.Pending;

    public Guid? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public string? DecisionReason { get; set; }

    /// <summary>Refunded amount (the issuance's fee when it was paid; 0 otherwise), set on approval.</summary>
    public long RefundAmount { get; set; }

    public DateOnly? RefundOn { get; set; }

    public string Counter { get; init; } = string.Empty;

    public int Version { get; set; }
}
