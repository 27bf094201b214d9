namespace Tsunagi.Platform.Auditing;

/// <summary>The result of verifying one tenant's chain. <see cref="Problem"/> is one of the stable codes below.</summary>
public sealed record AuditVerification(string TenantId, long VerifiedEvents, bool IsIntact, long? BrokenAtSequence, string? Problem, Guid? BrokenEventId)
{
    /// <summary>No event at this sequence although later ones exist (an event was removed).</summary>
    public const string Missing = "missing";

    /// <summary>The event does not carry the hash of the event before it.</summary>
    public const string PreviousHashMismatch = "previous-hash-mismatch";

    /// <summary>The event's content no longer matches its hash (a field was altered).</summary>
    public const string HashMismatch = "hash-mismatch";

    /// <summary>The chain head names later events than exist (the newest events were removed).</summary>
    public const string MissingAfterLast = "missing-after-last";

    /// <summary>Events exist past the chain head (written around the trail, or the head was rolled back).</summary>
    public const string BeyondHead = "beyond-head";

    /// <summary>The newest event is not the one the chain head recorded (it was replaced).</summary>
    public const string HeadMismatch = "head-mismatch";

    public static AuditVerification Intact(string tenantId, long count) => new(tenantId, count, true, null, null, null);

    public static AuditVerification Broken(string tenantId, long verified, long sequence, string problem, Guid? eventId) =>
        new(tenantId, verified, false, sequence, problem, eventId);
}
