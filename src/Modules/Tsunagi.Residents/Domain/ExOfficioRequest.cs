using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Residents.Domain;

/// <summary>
/// A 職権修正 or 職権消除 prepared by one staff member and applied only when a second one approves it (four
/// eyes). The request holds the intended change; approving it records the residency change.
/// </summary>
public sealed class ExOfficioRequest : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    public Guid Id { get; init; }

    public Guid ResidentId { get; init; }

    /// <summary><see cref="ChangeKind.ExOfficioCorrection"/> or <see cref="ChangeKind.ExOfficioRemoval"/>.</summary>
    public ChangeKind Kind { get; init; }

    /// <summary>The corrected record (JSON) for a correction; empty for a removal.</summary>
    public string? RecordJson { get; init; }

    public DateOnly EffectiveOn { get; init; }

    public string Reason { get; init; } = string.Empty;

    /// <summary>The resident's version the request was made from: a request made stale by another change cannot be approved.</summary>
    public int ResidentVersion { get; init; }

    public string RequestedBy { get; init; } = string.Empty;

    public DateTimeOffset RequestedAt { get; init; }

    public ExOfficioRequestStatus Status { get; set; }

    public string? DecidedBy { get; set; }

    public DateTimeOffset? DecidedAt { get; set; }

    public int Version { get; set; }
}
