using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tsunagi.Continuity.Data;
using Tsunagi.Continuity.Tests.Infrastructure;
using Tsunagi.Continuity.Verification;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Continuity.Tests.Verification;

/// <summary>Real pgBackRest restores into scratch clusters: the verification passes on a good backup, catches damage, and PITR keeps exactly what preceded the target.</summary>
[Trait("Lane", "postgres")]
public sealed class PgBackRestVerificationTests(PgBackRestFactory factory) : IClassFixture<PgBackRestFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Verify_backup_restores_the_latest_backup_and_passes_and_removes_the_scratch_cluster()
    {
        await using var scope = factory.Services.CreateAsyncScope();

        var result = await scope.ServiceProvider.GetRequiredService<BackupVerifier>().VerifyLatestAsync("cli", cancellationToken: Ct);

        Assert.True(result.Passed, result.Findings);
        Assert.EndsWith("F", result.BackupLabel, StringComparison.Ordinal);
        Assert.True(result.TablesCompared > 0 && result.TenantsVerified > 0, result.Findings);
        Assert.Empty(Directory.GetDirectories(factory.ClusterDirectory, "verify-*"));
    }

    [Fact]
    public async Task Restored_copy_with_a_missing_row_or_an_altered_audit_event_fails_the_checks()
    {
        BackupCountSnapshot snapshot;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            snapshot = await scope.ServiceProvider.GetRequiredService<ContinuityDbContext>().BackupCountSnapshots.AsNoTracking().OrderByDescending(s => s.TakenAt).FirstAsync(Ct);
        }

        var expected = JsonSerializer.Deserialize<List<TableCount>>(snapshot.Counts)!;
        var scratch = ScratchCluster.Create(factory.DeployDirectory, factory.ClusterDirectory, "tamper-test");
        try
        {
            await scratch.RestoreAsync(snapshot.BackupLabel, ["--xid", snapshot.TransactionId.ToString(CultureInfo.InvariantCulture)], Ct);
            await using var copy = new CopyConnection(DatabaseProvider.Postgres, scratch.ConnectionString("tsunagi"));
            await using var scope = factory.Services.CreateAsyncScope();
            Assert.True((await RestoredCopyChecks.RunAsync(copy, scope.ServiceProvider, expected, Ct)).Passed);

            var tenants = (string)(await ScalarAsync(scratch.ConnectionString("tsunagi"), "select string_agg(tenant_id, ',' order by tenant_id) from audit_events where sequence = 1"))!;
            var (first, second) = (tenants.Split(',')[0], tenants.Split(',')[^1]);
            await ExecuteAsync(scratch.ConnectionString("tsunagi"), $"delete from audit_chain_heads where tenant_id = '{first}'");
            var missingRow = await RestoredCopyChecks.RunAsync(copy, scope.ServiceProvider, expected, Ct);
            Assert.Contains(missingRow.Findings, f => f.Fails && f.Text.StartsWith($"件数不一致 audit_chain_heads 団体 {first}", StringComparison.Ordinal));

            await ExecuteAsync(scratch.ConnectionString("tsunagi"), $"update audit_events set subject_id = subject_id || '-x' where tenant_id = '{second}' and sequence = 1");
            var altered = await RestoredCopyChecks.RunAsync(copy, scope.ServiceProvider, expected, Ct);
            Assert.Contains(altered.Findings, f => f.Fails && f.Text.StartsWith($"監査ログ {second}: 連番 1 で破損", StringComparison.Ordinal));
            Assert.False(altered.Passed);
        }
        finally
        {
            await scratch.DiscardAsync();
        }
    }

    [Fact]
    public async Task Point_in_time_restore_keeps_what_was_committed_before_the_target_and_nothing_after()
    {
        var live = factory.AdminConnection("tsunagi");
        await ExecuteAsync(live, "create table if not exists pitr_markers (name text primary key)");
        await ExecuteAsync(live, "insert into pitr_markers values ('before')");
        var target = (string)(await ScalarAsync(live, "select to_char(clock_timestamp() at time zone 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00'"))!;
        await ExecuteAsync(live, "insert into pitr_markers values ('after')");
        await WaitUntilArchivedAsync(live);
        var scratch = ScratchCluster.Create(factory.DeployDirectory, factory.ClusterDirectory, "pitr-test");
        try
        {
            await scratch.RestoreAsync(null, ["--time", target], Ct);

            var markers = (string)(await ScalarAsync(scratch.ConnectionString("tsunagi"), "select string_agg(name, ',' order by name) from pitr_markers"))!;
            Assert.Equal("before", markers);
        }
        finally
        {
            await scratch.DiscardAsync();
        }
    }

    /// <summary>Switches WAL and waits (bounded) until the archiver has pushed the segment holding the markers.</summary>
    private static async Task WaitUntilArchivedAsync(string connection)
    {
        var segment = (string)(await ScalarAsync(connection, "select pg_walfile_name(pg_switch_wal())"))!;
        for (var i = 0; i < 600; i++)
        {
            if (await ScalarAsync(connection, "select last_archived_wal from pg_stat_archiver") is string archived && string.CompareOrdinal(archived, segment) >= 0)
            {
                return;
            }

            await Task.Delay(100, Ct);
        }

        throw new TimeoutException("WAL segment " + segment + " not archived within 60 s");
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Test SQL written in the tests.")]
    private static async Task ExecuteAsync(string connection, string sql)
    {
        await using var c = new NpgsqlConnection(connection);
        await c.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, c);
        await command.ExecuteNonQueryAsync(Ct);
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Test SQL written in the tests.")]
    private static async Task<object?> ScalarAsync(string connection, string sql)
    {
        await using var c = new NpgsqlConnection(connection);
        await c.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, c);
        return await command.ExecuteScalarAsync(Ct);
    }
}
