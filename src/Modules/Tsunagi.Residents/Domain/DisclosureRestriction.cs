using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Residents.Domain;

/// <summary>
/// 支援措置 (DV, stalking, abuse …): while in force, the protected resident's address is hidden from staff
/// without <c>residents.restricted.read</c>, every lookup is audited with its purpose, and certificates go
/// to the protected person only.
/// </summary>
public sealed class DisclosureRestriction : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    public Guid Id { get; init; }

    public Guid ResidentId { get; init; }

    public DateOnly StartsOn { get; set; }

    /// <summary>Support measures run one year at a time and are renewed (延長) by a new request.</summary>
    public DateOnly EndsOn { get; set; }

    public RestrictionScope Scope { get; set; }

    /// <summary>The request's type (DV, ストーカー, 児童虐待 …), as staff entered it.</summary>
    public string Reason { get; set; } = string.Empty;

    public string RegisteredBy { get; init; } = string.Empty;

    public DateTimeOffset RegisteredAt { get; init; }

    /// <summary>Set when the measure was ended early (終了); the row is kept.</summary>
    public DateOnly? EndedOn { get; set; }

    public int Version { get; set; }

    public bool IsActiveOn(DateOnly day) => StartsOn <= day && day <= (EndedOn is { } ended && ended < EndsOn ? ended : EndsOn);
}
