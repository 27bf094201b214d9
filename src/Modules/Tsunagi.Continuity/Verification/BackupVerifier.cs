using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Continuity.Data;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Continuity.Verification;

/// <summary>
/// verify-backup: verifies the newest backup of this deployment (embedded copy or pgBackRest) and stores the result in
/// backup_verifications, where the operator screen reads it. A verification that cannot run at all is stored as failed too.
/// </summary>
public sealed class BackupVerifier(DatabaseSettings database, ContinuityDbContext db, IServiceProvider scope, TimeProvider time)
{
    public async Task<BackupVerification> VerifyLatestAsync(string trigger, string? copyPath = null, CancellationToken cancellationToken = default)
    {
        var startedAt = time.GetUtcNow();
        var started = Stopwatch.GetTimestamp();
        VerificationRun run;
        try
        {
            run = database.Provider == DatabaseProvider.Sqlite
                ? await scope.GetRequiredService<EmbeddedCopyVerifier>().VerifyAsync(copyPath, cancellationToken)
                : await scope.GetRequiredService<PgBackRestVerifier>().VerifyAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException or System.Data.Common.DbException)
        {
            // The exception's type only: messages of drivers may quote data.
            run = VerificationRun.NoBackup($"検証を実行できませんでした（{ex.GetType().Name}） / verification could not run ({ex.GetType().Name})");
        }

        var verification = new BackupVerification
        {
            Id = Guid.CreateVersion7(),
            StartedAt = startedAt,
            FinishedAt = time.GetUtcNow(),
            Provider = database.Provider == DatabaseProvider.Sqlite ? "sqlite" : "postgres",
            BackupLabel = run.BackupLabel,
            BackupTakenAt = run.BackupTakenAt,
            Passed = run.Result.Passed,
            Trigger = trigger,
            TablesCompared = run.Result.TablesCompared,
            TenantsVerified = run.Result.TenantsVerified,
            Findings = string.Join('\n', run.Result.Findings.Select(f => (f.Fails ? "NG " : "注 ") + f.Text)),
            DurationSeconds = Stopwatch.GetElapsedTime(started).TotalSeconds,
        };
        db.BackupVerifications.Add(verification);
        await db.SaveChangesAsync(cancellationToken);
        return verification;
    }
}
