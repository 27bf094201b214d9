using Tsunagi.Continuity.Embedded;

namespace Tsunagi.Continuity.Verification;

/// <summary>
/// Verifies an embedded (SQLite) backup copy without touching the live database: the restore checks (manifest, SHA-256, decryption,
/// integrity_check) on a scratch file, then the copy checks against the counts in its manifest; the scratch file is deleted.
/// </summary>
public sealed class EmbeddedCopyVerifier(SqliteRestore restore, BackupSettings settings, IServiceProvider scope)
{
    public async Task<VerificationRun> VerifyAsync(string? copyPath, CancellationToken cancellationToken)
    {
        var copy = copyPath ?? (BackupCatalog.Latest(settings.Directory) is { } latest ? Path.Combine(settings.Directory!, latest.FileName) : null);
        if (copy is null)
        {
            return VerificationRun.NoBackup("検証するバックアップがありません（TSUNAGI_BACKUP_DIR） / no embedded backup to verify (TSUNAGI_BACKUP_DIR)");
        }

        var staging = Path.Combine(Path.GetTempPath(), "tsunagi-verify-" + Guid.CreateVersion7().ToString("N") + ".db");
        try
        {
            BackupManifest manifest;
            try
            {
                manifest = await restore.StageAsync(copy, staging, cancellationToken);
            }
            catch (BackupRefusedException refused)
            {
                return new VerificationRun(Path.GetFileName(copy), null, new CopyCheckResult([new VerificationFinding(true, refused.Message)], 0, 0));
            }

            await using var connection = CopyConnection.ForSqliteFile(staging);
            var result = await RestoredCopyChecks.RunAsync(connection, scope, manifest.RowCounts ?? [], cancellationToken);
            if (manifest.RowCounts is null)
            {
                result = result with { Findings = [.. result.Findings, new VerificationFinding(true, "マニフェストに件数がありません（古い形式のコピー） / the manifest holds no row counts (copy from an older version)")] };
            }

            return new VerificationRun(manifest.FileName, manifest.CreatedAt, result);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(staging);
        }
    }
}
