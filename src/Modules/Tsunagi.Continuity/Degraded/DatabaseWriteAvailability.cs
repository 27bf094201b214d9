using Microsoft.Data.Sqlite;
using Npgsql;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Continuity.Degraded;

/// <summary>
/// Probes whether the database takes writes: on PostgreSQL <c>pg_is_in_recovery()</c> and <c>transaction_read_only</c> (a standby,
/// or a primary set read-only); on SQLite whether the connection opened read-only (a read-only file or <c>Mode=ReadOnly</c>) and a write lock taken and released at once.
/// The answer is cached for <see cref="CachePeriod"/>, so a page or a write costs no probe most of the time; a write that failed for
/// the database's reasons (<see cref="ReportFailure"/>) counts as the answer for the same period.
/// </summary>
public sealed class DatabaseWriteAvailability(DatabaseSettings settings, TimeProvider time, IServiceProvider services) : IWriteAvailability
{
    public static readonly TimeSpan CachePeriod = TimeSpan.FromSeconds(5);

    private readonly Lock _gate = new();
    private WriteAvailability _state = WriteAvailability.Available;
    private DateTimeOffset _checkedAt = DateTimeOffset.MinValue;

    public async ValueTask<WriteAvailability> CurrentAsync(CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            if (time.GetUtcNow() - _checkedAt < CachePeriod)
            {
                return _state;
            }
        }

        var state = await ProbeAsync(cancellationToken);
        lock (_gate)
        {
            _state = state;
            _checkedAt = time.GetUtcNow();
        }

        return state;
    }

    public void ReportFailure(WriteAvailability state)
    {
        lock (_gate)
        {
            _state = state;
            _checkedAt = time.GetUtcNow();
        }
    }

    private async Task<WriteAvailability> ProbeAsync(CancellationToken cancellationToken)
    {
        try
        {
            return settings.Provider == DatabaseProvider.Sqlite ? await ProbeSqliteAsync(cancellationToken) : await ProbePostgresAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or IOException or UnauthorizedAccessException)
        {
            return WriteFailure.MeansUnavailable(ex) ?? WriteAvailability.Failing;
        }
    }

    private async Task<WriteAvailability> ProbeSqliteAsync(CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(settings.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        if (SQLitePCL.raw.sqlite3_db_readonly(connection.Handle, "main") == 1)
        {
            return WriteAvailability.ReadOnly;
        }

        await using var command = connection.CreateCommand();
        command.CommandTimeout = 1;
        command.CommandText = "PRAGMA busy_timeout=0; BEGIN IMMEDIATE; ROLLBACK;";
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6)
        {
            // SQLITE_BUSY / SQLITE_LOCKED: another writer holds the lock, so the database does take writes.
        }

        return WriteAvailability.Available;
    }

    private async Task<WriteAvailability> ProbePostgresAsync(CancellationToken cancellationToken)
    {
        var dataSource = (NpgsqlDataSource)services.GetService(typeof(NpgsqlDataSource))!;
        await using var command = dataSource.CreateCommand("select pg_is_in_recovery() or current_setting('transaction_read_only') = 'on'");
        command.CommandTimeout = 5;
        var readOnly = (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
        return readOnly ? WriteAvailability.ReadOnly : WriteAvailability.Available;
    }
}
