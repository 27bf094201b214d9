using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Auditing;

/// <summary>
/// One append-only audit event. Events of a tenant form a hash chain: each carries the hash of the
/// previous one, so altering or removing any event breaks every later link.
/// </summary>
public sealed class AuditEvent : ITenantOwned
{
    public string TenantId { get; init; } = string.Empty;

    /// <summary>Position in the tenant's chain, from 1 without gaps.</summary>
    public long Sequence { get; init; }

    public Guid Id { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public AuditActorKind ActorKind { get; init; }

    /// <summary>Staff member id, API client id or system job name. Never a person's name.</summary>
    public string ActorId { get; init; } = string.Empty;

    /// <summary>Dotted action name such as <c>staff.login</c> or <c>residents.read</c>.</summary>
    public string Action { get; init; } = string.Empty;

    public string SubjectType { get; init; } = string.Empty;

    public string SubjectId { get; init; } = string.Empty;

    /// <summary>The stated purpose (利用目的) where one is required.</summary>
    public string? Purpose { get; init; }

    public AuditOutcome Outcome { get; init; }

    public string PreviousHash { get; init; } = string.Empty;

    public string Hash { get; internal set; } = string.Empty;
}
