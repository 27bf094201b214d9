using Tsunagi.Continuity.Replication;
using Tsunagi.Continuity.Verification;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Continuity.Operator;

/// <summary>Everything /operator/continuity shows; replication and archiving only on PostgreSQL (null when unreadable).</summary>
public sealed record ContinuityStatus(
    DatabaseProvider Provider,
    ReplicationState? Replication,
    ArchiverStatus? Archiver,
    string? LastBackupLabel,
    DateTimeOffset? LastBackupAt,
    BackupVerification? LastVerification);
