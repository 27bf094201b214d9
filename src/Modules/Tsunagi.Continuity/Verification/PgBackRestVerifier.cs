using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tsunagi.Continuity.Data;
using Tsunagi.Continuity.Drill;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Continuity.Verification;

/// <summary>
/// Verifies the newest pgBackRest backup that has a count snapshot: restores it into a scratch cluster up to the snapshot's transaction
/// (so the copy is exactly the state the counts describe, ADR 0011), runs the copy checks as the superuser, then removes the cluster.
/// </summary>
public sealed class PgBackRestVerifier(ContinuityDbContext db, DatabaseSettings database, VerificationSettings settings, IServiceProvider scope)
{
    public async Task<VerificationRun> VerifyAsync(CancellationToken cancellationToken)
    {
        var snapshot = await db.BackupCountSnapshots.AsNoTracking().OrderByDescending(s => s.TakenAt).FirstOrDefaultAsync(cancellationToken);
        if (snapshot is null)
        {
            return VerificationRun.NoBackup("件数記録付きのバックアップがありません（deploy/pgbackrest/backup.sh で取得してください） / no backup with a count snapshot (take one with deploy/pgbackrest/backup.sh)");
        }

        var deploy = settings.DeployDirectory ?? DeployScripts.FindDirectory();
        var clusterDirectory = settings.ClusterDirectory ?? Path.GetFullPath(Path.Combine(deploy, "..", ".tmp", "cluster"));
        var scratch = ScratchCluster.Create(deploy, clusterDirectory, "verify-" + snapshot.Id.ToString("N"));
        var expected = JsonSerializer.Deserialize<List<TableCount>>(snapshot.Counts) ?? [];
        try
        {
            try
            {
                await scratch.RestoreAsync(snapshot.BackupLabel, ["--xid", snapshot.TransactionId.ToString(System.Globalization.CultureInfo.InvariantCulture)], cancellationToken);
            }
            catch (InvalidOperationException failed)
            {
                return new VerificationRun(snapshot.BackupLabel, snapshot.TakenAt, new CopyCheckResult([new VerificationFinding(true, "復元に失敗しました / restore failed: " + Shorten(failed.Message))], 0, 0));
            }

            var name = new NpgsqlConnectionStringBuilder(database.ConnectionString).Database ?? "tsunagi";
            await using var copy = new CopyConnection(DatabaseProvider.Postgres, scratch.ConnectionString(name));
            return new VerificationRun(snapshot.BackupLabel, snapshot.TakenAt, await RestoredCopyChecks.RunAsync(copy, scope, expected, cancellationToken));
        }
        finally
        {
            await scratch.DiscardAsync();
        }
    }

    private static string Shorten(string message) => message.Length <= 400 ? message : message[^400..];
}
