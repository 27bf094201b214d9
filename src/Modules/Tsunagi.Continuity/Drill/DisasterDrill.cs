namespace Tsunagi.Continuity.Drill;

/// <summary>
/// The disaster drill (災害訓練): builds primary + standby with deploy/postgres, installs the application on them, runs
/// concurrent writers through the application's own code, kills the primary with kill -9 mid-stream, promotes the
/// standby (--standalone: the operator's decision in a real disaster), repoints the application, and compares what the
/// new primary holds with what was acknowledged; then retries the writes of unknown outcome with their keys, verifies
/// every audit chain and writes once more (serving again).
/// </summary>
public sealed class DisasterDrill(DrillOptions options, TimeProvider time, TextWriter log)
{
    private readonly DateTimeOffset _started = time.GetUtcNow();

    public async Task<DrillReport> RunAsync(IDrillWorkload workload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(workload);
        var cluster = new DrillCluster(options);
        await cluster.RunScriptAsync("stop.sh", "--destroy", "--yes");
        try
        {
            await LogAsync("主系と同期スタンバイを起動し、アプリケーションを導入します / starting primary and standby, installing the application");
            await cluster.RunScriptAsync("primary.sh", options.AsynchronousControl ? ["--async"] : []);
            await cluster.RunScriptAsync("standby.sh");
            await workload.PrepareAsync(cluster.NodeConnectionString(options.PortSiteA, "postgres"), cancellationToken);
            await LogAsync("アプリケーションを導入しました。書き込みを始めます / application installed; writers start");
            if (options.AsynchronousControl)
            {
                await cluster.WaitForStandbyReplayAsync(cancellationToken);
                var sender = await cluster.StallWalSenderAsync(cancellationToken);
                await LogAsync($"WAL 送信プロセス（PID {sender}）を停止しました（kill -STOP） / stalled the WAL sender");
            }

            var ledger = new DrillLedger();
            var writing = true;
            var writers = Enumerable.Range(1, options.Writers)
                .Select(n => Task.Run(() => new DrillWriter(workload, ledger, time, n).RunAsync(() => Volatile.Read(ref writing), cancellationToken), CancellationToken.None))
                .ToList();
            await Task.Delay(options.WriteBeforeKill, time, cancellationToken);

            var pid = cluster.KillNode("site_a");
            var killedAt = time.GetUtcNow();
            await LogAsync($"主系 site_a（PID {pid}）を kill -9 しました / killed primary site_a (kill -9)");
            await cluster.RunScriptAsync("promote.sh", "site_b", "--standalone");
            await workload.RepointAsync(cluster.NodeConnectionString(options.PortSiteB, "postgres"), cancellationToken);
            await LogAsync("site_b を昇格し、アプリケーションの接続先を切り替えました / promoted site_b and repointed the application");

            var deadline = killedAt.AddSeconds(60);
            while (ledger.FirstAcknowledgedSentAfter(killedAt) is null && time.GetUtcNow() < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), time, cancellationToken);
            }

            var resumedAt = ledger.FirstAcknowledgedSentAfter(killedAt);
            Volatile.Write(ref writing, false);
            await Task.WhenAll(writers);

            await LogAsync("書き込みを止め、新しい主系を検査します / writers stopped; inspecting the new primary");
            var inspection = await workload.InspectAsync(cancellationToken);
            var verdict = DrillVerdict.From(ledger, inspection.Present);
            var retries = await RetryUnknownAsync(workload, ledger, cancellationToken);
            var servingAgain = resumedAt is not null && await DrillWriter.WriteAsync(workload, new DrillLedger(), time, workload.Partitions[0], DrillWriter.KeyFor(workload.Partitions[0], 0, 0));
            return new DrillReport(options.AsynchronousControl, verdict, inspection, retries, resumedAt - killedAt, servingAgain);
        }
        finally
        {
            await cluster.RunScriptAsync("stop.sh");
        }
    }

    private Task LogAsync(string line) => log.WriteLineAsync(FormattableString.Invariant($"[{(time.GetUtcNow() - _started).TotalSeconds,6:0.0} s] ") + line);

    /// <summary>Each write of unknown outcome sent again with its key, then checked to be there exactly once.</summary>
    private async Task<DrillRetries> RetryUnknownAsync(IDrillWorkload workload, DrillLedger ledger, CancellationToken cancellationToken)
    {
        var unknown = ledger.Unknown;
        if (unknown.Count == 0)
        {
            return DrillRetries.None;
        }

        var retryLedger = new DrillLedger();
        var succeeded = 0;
        foreach (var key in unknown)
        {
            succeeded += await DrillWriter.WriteAsync(workload, retryLedger, time, ledger.PartitionOf(key), key) ? 1 : 0;
        }

        var after = await workload.InspectAsync(cancellationToken);
        var notOnce = unknown.Where(k => after.WritesByKey.GetValueOrDefault(k) != 1).Order(StringComparer.Ordinal).ToList();
        await LogAsync($"結果不明の {unknown.Count} 件を同じキーで再送しました / retried {unknown.Count} unknown write(s) with the same key");
        return new DrillRetries(unknown.Count, succeeded, notOnce);
    }
}
