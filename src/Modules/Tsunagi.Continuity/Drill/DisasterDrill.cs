using Npgsql;

namespace Tsunagi.Continuity.Drill;

/// <summary>
/// The disaster drill (災害訓練): builds primary + standby with deploy/postgres, runs concurrent writers, kills the
/// primary with kill -9 mid-stream, promotes the standby (--standalone: the operator's decision in a real
/// disaster), lets the writers repoint, and compares what the new primary holds with what was acknowledged.
/// </summary>
public sealed class DisasterDrill(DrillOptions options, TimeProvider time, TextWriter log)
{
    private const string Database = "tsunagi_drill";

    public async Task<DrillReport> RunAsync(CancellationToken cancellationToken)
    {
        var cluster = new DrillCluster(options);
        await cluster.RunScriptAsync("stop.sh", "--destroy", "--yes");
        try
        {
            await log.WriteLineAsync("主系と同期スタンバイを起動します / starting primary and standby");
            await cluster.RunScriptAsync("primary.sh", options.AsynchronousControl ? ["--async"] : []);
            await cluster.RunScriptAsync("standby.sh");
            await PrepareAsync(cluster, cancellationToken);
            if (options.AsynchronousControl)
            {
                await StallWalSenderAsync(cluster, cancellationToken);
            }

            var ledger = new DrillLedger();
            await using var writes = cluster.PrimaryDataSource(Database);
            var writing = true;
            var writers = Enumerable.Range(1, options.Writers)
                .Select(n => new DrillWriter(writes, ledger, time, n).RunAsync(() => Volatile.Read(ref writing), cancellationToken))
                .ToList();
            await Task.Delay(options.WriteBeforeKill, time, cancellationToken);

            var pid = cluster.KillNode("site_a");
            var killedAt = time.GetUtcNow();
            await log.WriteLineAsync($"主系 site_a（PID {pid}）を kill -9 しました / killed primary site_a (kill -9)");
            await cluster.RunScriptAsync("promote.sh", "site_b", "--standalone");
            await log.WriteLineAsync("site_b を昇格しました。書き込みの再開を待ちます / promoted site_b; waiting for writes to resume");

            var deadline = killedAt.AddSeconds(60);
            while (ledger.FirstAcknowledgedSentAfter(killedAt) is null && time.GetUtcNow() < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), time, cancellationToken);
            }

            var resumedAt = ledger.FirstAcknowledgedSentAfter(killedAt);
            Volatile.Write(ref writing, false);
            await Task.WhenAll(writers);
            NpgsqlConnection.ClearAllPools();

            var present = await PresentKeysAsync(cluster, cancellationToken);
            return new DrillReport(options.AsynchronousControl, DrillVerdict.From(ledger, present), resumedAt - killedAt, resumedAt is not null);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await cluster.RunScriptAsync("stop.sh");
        }
    }

    private static async Task PrepareAsync(DrillCluster cluster, CancellationToken cancellationToken)
    {
        await using (var admin = cluster.PrimaryDataSource("postgres"))
        {
            await using var create = admin.CreateCommand($"create database {Database}");
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var drill = cluster.PrimaryDataSource(Database);
        await using var table = drill.CreateCommand($"create table {DrillWriter.Table} (key text primary key, writer int not null, at timestamptz not null default clock_timestamp())");
        await table.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>The negative control: the primary acknowledges (asynchronous) but its WAL never leaves.</summary>
    private async Task StallWalSenderAsync(DrillCluster cluster, CancellationToken cancellationToken)
    {
        await using var admin = cluster.PrimaryDataSource("postgres");
        await using var query = admin.CreateCommand("select pid from pg_stat_replication");
        var pid = (int)(await query.ExecuteScalarAsync(cancellationToken) ?? throw new InvalidOperationException("WAL 送信プロセスがありません / no WAL sender"));
        DrillCluster.Signal("STOP", pid);
        await log.WriteLineAsync($"WAL 送信プロセス（PID {pid}）を停止しました（kill -STOP） / stalled the WAL sender");
    }

    private static async Task<HashSet<string>> PresentKeysAsync(DrillCluster cluster, CancellationToken cancellationToken)
    {
        await using var primary = cluster.PrimaryDataSource(Database);
        await using var select = primary.CreateCommand($"select key from {DrillWriter.Table}");
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }
}
