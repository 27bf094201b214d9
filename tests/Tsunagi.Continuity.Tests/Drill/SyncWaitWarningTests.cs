using Npgsql;
using Tsunagi.Continuity.Drill;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Continuity.Tests.Drill;

/// <summary>
/// The trap: a commit waiting for a frozen synchronous standby is cancelled; PostgreSQL keeps the row on the
/// primary only and Npgsql reports success. The application's watcher must see the warning.
/// </summary>
[Trait("Lane", "postgres")]
public sealed class SyncWaitWarningTests
{
    [Fact]
    public async Task A_commit_cancelled_while_waiting_for_the_standby_is_flagged_although_npgsql_reports_success()
    {
        var options = new DrillOptions(DeployScripts.FindDirectory(), "/tmp/tsunagi-syncwait-54351", 54351, 54352, 2, TimeSpan.Zero, AsynchronousControl: false);
        var cluster = new DrillCluster(options);
        var ct = TestContext.Current.CancellationToken;
        await cluster.RunScriptAsync("stop.sh", "--destroy", "--yes");
        var frozen = new List<int>();
        try
        {
            await cluster.RunScriptAsync("primary.sh");
            await cluster.RunScriptAsync("standby.sh");
            await using var admin = cluster.PrimaryDataSource("postgres");
            await ExecuteAsync(admin, "create table marker (id int primary key)", ct);

            var standby = int.Parse(File.ReadLines(Path.Combine(cluster.DataDirectory("site_b"), "postmaster.pid")).First(), System.Globalization.CultureInfo.InvariantCulture);
            DrillCluster.Signal("STOP", standby);
            frozen.Add(standby);
            var sender = (int)(await ExecuteAsync(admin, "select pid from pg_stat_replication", ct))!;
            DrillCluster.Signal("STOP", sender);
            frozen.Add(sender);

            await using var app = PersistenceRegistration.BuildPostgresDataSource(cluster.NodeConnectionString(options.PortSiteA, "postgres"));
            await using var connection = await app.OpenConnectionAsync(ct);
            SynchronousReplicationNotices.Watch(connection);
            var backend = connection.ProcessID;
            var commit = Task.Run(async () =>
            {
                await using var tx = await connection.BeginTransactionAsync(CancellationToken.None);
                await using (var insert = new NpgsqlCommand("insert into marker values (1)", connection, tx))
                {
                    await insert.ExecuteNonQueryAsync(CancellationToken.None);
                }

                await tx.CommitAsync(CancellationToken.None);
            }, ct);

            await WaitForSyncRepAsync(admin, backend, ct);
            await ExecuteAsync(admin, $"select pg_cancel_backend({backend})", ct);
            await commit;

            Assert.True(SynchronousReplicationNotices.TakeWarning(connection));
            Assert.Equal(1L, await ExecuteAsync(admin, "select count(*) from marker", ct));
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

    private static async Task<object?> ExecuteAsync(NpgsqlDataSource source, string sql, CancellationToken ct)
    {
        await using var command = source.CreateCommand(sql);
        return await command.ExecuteScalarAsync(ct);
    }

    private static async Task WaitForSyncRepAsync(NpgsqlDataSource admin, int backend, CancellationToken ct)
    {
        for (var i = 0; i < 200; i++)
        {
            await using var wait = admin.CreateCommand($"select wait_event from pg_stat_activity where pid = {backend}");
            if (await wait.ExecuteScalarAsync(ct) is "SyncRep")
            {
                return;
            }

            await Task.Delay(50, ct);
        }

        Assert.Fail("The commit never waited for the synchronous standby.");
    }
}
