using System.Diagnostics;
using Npgsql;

namespace Tsunagi.Migration.Bench;

/// <summary>
/// The reference of the ratio: a raw binary COPY of the same rows the migration wrote into <c>residents</c>, into a
/// plain table with the same columns, logged like the register, without row-level security; <c>withIndexes</c>
/// false: its primary key only; true: every index of <c>residents</c> too. The rows are first exported with <c>COPY … TO STDOUT (FORMAT BINARY)</c> into a file (not timed), then
/// only the <c>COPY … FROM STDIN</c> of those bytes is timed: the cheapest way PostgreSQL can take these rows.
/// </summary>
internal static class RawCopyReference
{
    public static async Task<(long Rows, TimeSpan Wall)> RunAsync(string adminConnection, string tenantId, string actorId, bool withIndexes, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(adminConnection);
        await connection.OpenAsync(cancellationToken);
        await ExecuteAsync(connection, withIndexes
            ? "DROP TABLE IF EXISTS bench_copy_residents; CREATE TABLE bench_copy_residents (LIKE residents INCLUDING DEFAULTS INCLUDING INDEXES)"
            : "DROP TABLE IF EXISTS bench_copy_residents; CREATE TABLE bench_copy_residents (LIKE residents INCLUDING DEFAULTS); ALTER TABLE bench_copy_residents ADD PRIMARY KEY (tenant_id, id)", cancellationToken);
        var file = Path.GetTempFileName();
        try
        {
            var select = $"SELECT r.* FROM residents r WHERE r.tenant_id = '{tenantId}' AND r.id IN (SELECT c.resident_id FROM residency_changes c WHERE c.tenant_id = '{tenantId}' AND c.actor_id = '{actorId}')";
            await using (var export = await connection.BeginRawBinaryCopyAsync($"COPY ({select}) TO STDOUT (FORMAT BINARY)", cancellationToken))
            await using (var target = File.Create(file))
            {
                await export.CopyToAsync(target, cancellationToken);
            }

            var clock = Stopwatch.StartNew();
            await using (var import = await connection.BeginRawBinaryCopyAsync("COPY bench_copy_residents FROM STDIN (FORMAT BINARY)", cancellationToken))
            await using (var source = File.OpenRead(file))
            {
                await source.CopyToAsync(import, cancellationToken);
            }

            var wall = clock.Elapsed;
            await using var count = new NpgsqlCommand("SELECT count(*) FROM bench_copy_residents", connection);
            var rows = (long)(await count.ExecuteScalarAsync(cancellationToken))!;
            await ExecuteAsync(connection, "DROP TABLE bench_copy_residents", cancellationToken);
            return (rows, wall);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Fixed statements of the bench.")]
    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
