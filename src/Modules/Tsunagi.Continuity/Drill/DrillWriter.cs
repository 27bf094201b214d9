using Npgsql;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Continuity.Drill;

/// <summary>
/// One writer of the drill: writes one key per transaction through the application's data source settings
/// (no command timeout, the synchronous-replication notice watcher) and records each key in the ledger:
/// attempted before sending, acknowledged only after COMMIT succeeded without the warning.
/// </summary>
public sealed class DrillWriter(NpgsqlDataSource dataSource, DrillLedger ledger, TimeProvider time, int number)
{
    public const string Table = "continuity_drill_writes";

    public async Task RunAsync(Func<bool> keepGoing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keepGoing);
        for (var i = 0; keepGoing() && !cancellationToken.IsCancellationRequested; i++)
        {
            var key = $"w{number:D2}-{i:D7}";
            if (!await WriteAsync(key))
            {
                // The primary is gone or not yet promoted: try again shortly with the next key.
                await Task.Delay(TimeSpan.FromMilliseconds(50), time, CancellationToken.None);
            }
        }
    }

    private async Task<bool> WriteAsync(string key)
    {
        NpgsqlConnection connection;
        try
        {
            connection = await dataSource.OpenConnectionAsync(CancellationToken.None);
        }
        catch (NpgsqlException)
        {
            return false;
        }

        await using (connection)
        {
            SynchronousReplicationNotices.Watch(connection);
            SynchronousReplicationNotices.TakeWarning(connection);
            ledger.Attempt(key);
            var sent = time.GetUtcNow();
            try
            {
                await using var transaction = await connection.BeginTransactionAsync(CancellationToken.None);
                await using (var insert = new NpgsqlCommand($"insert into {Table} (key, writer) values (@key, @writer)", connection, transaction))
                {
                    insert.Parameters.AddWithValue("key", key);
                    insert.Parameters.AddWithValue("writer", number);
                    await insert.ExecuteNonQueryAsync(CancellationToken.None);
                }

                try
                {
                    await transaction.CommitAsync(CancellationToken.None);
                }
                catch (Exception ex) when (ex is NpgsqlException or IOException or TimeoutException)
                {
                    ledger.MarkUnknown(key);
                    return false;
                }

                if (SynchronousReplicationNotices.TakeWarning(connection))
                {
                    ledger.MarkUnknown(key);
                    return false;
                }

                ledger.Acknowledge(key, sent, time.GetUtcNow());
                return true;
            }
            catch (Exception ex) when (ex is NpgsqlException or IOException or TimeoutException or InvalidOperationException)
            {
                // Failed before COMMIT was sent: nothing of it can be committed.
                return false;
            }
        }
    }
}
