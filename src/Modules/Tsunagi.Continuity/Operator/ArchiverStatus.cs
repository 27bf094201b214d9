namespace Tsunagi.Continuity.Operator;

/// <summary>pg_stat_archiver: continuous WAL archiving into the pgBackRest repository (the remote backup site).</summary>
public sealed record ArchiverStatus(long ArchivedCount, string? LastArchivedWal, DateTimeOffset? LastArchivedAt, long FailedCount, DateTimeOffset? LastFailedAt);
