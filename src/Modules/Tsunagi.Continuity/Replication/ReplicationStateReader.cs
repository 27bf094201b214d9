using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Continuity.Replication;

/// <summary>Reads pg_stat_replication.sync_state and pg_stat_archiver on the application's connection (PostgreSQL only).</summary>
public sealed class ReplicationStateReader(PlatformDbContext db)
{
    private const string Query = """
        select pg_is_in_recovery(),
               (select count(*) filter (where sync_state in ('sync', 'quorum')) from pg_stat_replication where sync_state is not null),
               (select count(*) from pg_stat_replication),
               (select count(*) from pg_stat_replication where sync_state is null),
               failed_count, last_failed_time, current_setting('synchronous_standby_names')
        from pg_stat_archiver
        """;

    public async Task<ReplicationState> ReadAsync(CancellationToken cancellationToken)
    {
        var connection = db.Database.GetDbConnection();
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }

        try
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = Query;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            await reader.ReadAsync(cancellationToken);
            var hidden = reader.GetInt64(3) > 0;
            return new ReplicationState(
                reader.GetBoolean(0),
                hidden ? null : (int)reader.GetInt64(1),
                (int)reader.GetInt64(2),
                reader.GetInt64(4),
                reader.IsDBNull(5) ? null : reader.GetFieldValue<DateTimeOffset>(5),
                reader.GetString(6));
        }
        finally
        {
            if (opened)
            {
                await db.Database.CloseConnectionAsync();
            }
        }
    }
}
