using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Auditing;

/// <summary>An audit event recorded while the database took no writes, kept on local disk until it can join its tenant's chain.</summary>
public sealed record SpooledAuditEntry(string TenantId, TenantKind TenantKind, AuditActorKind ActorKind, string ActorId, DateTimeOffset OccurredAt, AuditEntry Entry);
