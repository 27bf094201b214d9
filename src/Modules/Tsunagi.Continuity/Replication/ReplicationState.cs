namespace Tsunagi.Continuity.Replication;

/// <summary>
/// What the primary says about its standbys and WAL archiving. <see cref="SyncStandbys"/> is null when the
/// application role may not see it (grant pg_monitor to tsunagi_app).
/// </summary>
public sealed record ReplicationState(bool IsStandby, int? SyncStandbys, int? Standbys, long ArchiveFailures, DateTimeOffset? LastArchiveFailure, string? SynchronousStandbyNames);
