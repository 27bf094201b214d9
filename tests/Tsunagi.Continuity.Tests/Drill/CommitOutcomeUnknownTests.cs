using System.Globalization;
using Npgsql;
using Tsunagi.Continuity.Drill;
using Tsunagi.Platform.Persistence;
using Tsunagi.Web.Drill;

namespace Tsunagi.Continuity.Tests.Drill;

/// <summary>
/// The trap through the application: a 転入届 whose COMMIT waits for a frozen synchronous standby is cancelled; the row
/// stays on the primary and Npgsql reports success, but <see cref="UnitOfWork"/> must report the outcome unknown, and the
/// client's retry with the same idempotency key must find the first result instead of writing twice.
/// </summary>
[Trait("Lane", "postgres")]
public sealed class CommitOutcomeUnknownTests
{
    private const string Otsuchi = "034614";
    private const string Key = "drill-outcome-unknown-1";

    [Fact]
    public async Task A_move_in_whose_sync_wait_was_cancelled_is_outcome_unknown_and_its_retry_writes_once()
    {
        var ct = TestContext.Current.CancellationToken;
        var options = new DrillOptions(DeployScripts.FindDirectory(), "/tmp/tsunagi-unknown-54359", 54359, 54360, 2, TimeSpan.Zero, AsynchronousControl: false);
        var cluster = new DrillCluster(options);
        await cluster.RunScriptAsync("stop.sh", "--destroy", "--yes");
        var frozen = new List<int>();
        await using var workload = new MoveInDrillWorkload(options.ClusterDirectory + "-app", TimeProvider.System);
        try
        {
            await cluster.RunScriptAsync("primary.sh");
            await cluster.RunScriptAsync("standby.sh");
            await workload.PrepareAsync(cluster.NodeConnectionString(options.PortSiteA, "postgres"), ct);
            await using var admin = NpgsqlDataSource.Create(cluster.NodeConnectionString(options.PortSiteA, DrillApplication.Database));
            var sender = (int)(await ScalarAsync(admin, "select pid from pg_stat_replication", ct))!;
            DrillCluster.Signal("STOP", sender);
            frozen.Add(sender);

            var write = Task.Run(() => workload.WriteAsync(Otsuchi, Key, CancellationToken.None), ct);
            var backend = await WaitForSyncRepAsync(admin, ct);
            await ScalarAsync(admin, $"select pg_cancel_backend({backend.ToString(CultureInfo.InvariantCulture)})", ct);

            await Assert.ThrowsAsync<CommitOutcomeUnknownException>(() => write);
            Assert.Equal(1L, await ScalarAsync(admin, $"select count(*) from residency_changes where idempotency_key = '{Key}'", ct));

            DrillCluster.Signal("CONT", sender);
            frozen.Clear();
            await workload.WriteAsync(Otsuchi, Key, ct);

            var inspection = await workload.InspectAsync(ct);
            Assert.Equal(1, inspection.WritesByKey[Key]);
            Assert.Empty(inspection.Anomalies);
            Assert.Empty(inspection.BrokenAuditChains);
        }
        finally
        {
            foreach (var pid in frozen)
            {
                DrillCluster.Signal("CONT", pid);
            }

            NpgsqlConnection.ClearAllPools();
            await cluster.RunScriptAsync("stop.sh", "--destroy", "--yes");
        }
    }

    private static async Task<object?> ScalarAsync(NpgsqlDataSource source, string sql, CancellationToken ct)
    {
        await using var command = source.CreateCommand(sql);
        return await command.ExecuteScalarAsync(ct);
    }

    private static async Task<int> WaitForSyncRepAsync(NpgsqlDataSource admin, CancellationToken ct)
    {
        for (var i = 0; i < 400; i++)
        {
            if (await ScalarAsync(admin, "select pid from pg_stat_activity where wait_event = 'SyncRep' and usename = 'tsunagi_app'", ct) is int pid)
            {
                return pid;
            }

            await Task.Delay(50, ct);
        }

        Assert.Fail("The move-in never waited for the synchronous standby.");
        return 0;
    }
}
