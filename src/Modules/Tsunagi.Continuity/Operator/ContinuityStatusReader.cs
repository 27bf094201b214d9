using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Continuity.Data;
using Tsunagi.Continuity.Embedded;
using Tsunagi.Continuity.Replication;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Continuity.Operator;

/// <summary>Reads the continuity state for the operator screen: standby, WAL archiving, latest backup, latest verification.</summary>
public sealed class ContinuityStatusReader(DatabaseSettings database, BackupSettings backups, ContinuityDbContext db, PlatformDbContext platform, ReplicationStateReader replication)
{
    /// <summary>Verifications are ordered by id (UUIDv7, time-ordered): SQLite cannot order by DateTimeOffset.</summary>
    public async Task<ContinuityStatus> ReadAsync(CancellationToken cancellationToken)
    {
        var verification = await db.BackupVerifications.AsNoTracking().OrderByDescending(v => v.Id).FirstOrDefaultAsync(cancellationToken);
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            var copy = BackupCatalog.Latest(backups.Directory);
            return new ContinuityStatus(database.Provider, null, null, copy?.FileName, copy?.CreatedAt, verification);
        }

        var snapshot = await db.BackupCountSnapshots.AsNoTracking().OrderByDescending(s => s.TakenAt).FirstOrDefaultAsync(cancellationToken);
        ReplicationState? state = null;
        ArchiverStatus? archiver = null;
        try
        {
            state = await replication.ReadAsync(cancellationToken);
            archiver = await ReadArchiverAsync(cancellationToken);
        }
        catch (DbException)
        {
            // Shown as unknown; /health/ready reports it too.
        }

        return new ContinuityStatus(database.Provider, state, archiver, snapshot?.BackupLabel, snapshot?.TakenAt, verification);
    }

    private async Task<ArchiverStatus> ReadArchiverAsync(CancellationToken cancellationToken)
    {
        var connection = platform.Database.GetDbConnection();
        await platform.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "select archived_count, last_archived_wal, last_archived_time, failed_count, last_failed_time from pg_stat_archiver";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            return new ArchiverStatus(
                reader.GetInt64(0),
                reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetFieldValue<DateTimeOffset>(2),
                reader.GetInt64(3),
                reader.IsDBNull(4) ? null : reader.GetFieldValue<DateTimeOffset>(4));
        }
        finally
        {
            await platform.Database.CloseConnectionAsync();
        }
    }
}
