namespace Tsunagi.Platform.Auditing;

/// <summary>The result of verifying one tenant's chain. <see cref="Problem"/> is a stable code: missing, previous-hash-mismatch, hash-mismatch, missing-after-last.</summary>
public sealed record AuditVerification(string TenantId, long VerifiedEvents, bool IsIntact, long? BrokenAtSequence, string? Problem, Guid? BrokenEventId)
{
    public static AuditVerification Intact(string tenantId, long count) => new(tenantId, count, true, null, null, null);

    public static AuditVerification Broken(string tenantId, long verified, long sequence, string problem, Guid? eventId) =>
        new(tenantId, verified, false, sequence, problem, eventId);
}
