using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Continuity.Embedded;

/// <summary>
/// Puts a backup copy in place of the embedded database, only after the copy proved itself: its manifest present, its checksum
/// matching, decrypted and authenticated when encrypted, the plain database's checksum matching, and <c>integrity_check</c> "ok".
/// The database it replaces (with its -wal and -shm files) is kept aside as <c>tsunagi.db.replaced-&lt;time&gt;</c>. Stop the
/// server first: a running server keeps the replaced file open.
/// </summary>
public sealed class SqliteRestore(DatabaseSettings database, BackupKeys keys, TimeProvider time)
{
    /// <summary>Checks a copy without touching the database; returns its manifest or throws <see cref="BackupRefusedException"/>.</summary>
    public async Task<BackupManifest> VerifyAsync(string copyPath, CancellationToken cancellationToken = default)
    {
        var staging = Path.Combine(Path.GetTempPath(), "tsunagi-verify-" + Guid.CreateVersion7().ToString("N"));
        try
        {
            return await StageAsync(copyPath, staging, cancellationToken);
        }
        finally
        {
            File.Delete(staging);
        }
    }

    public async Task<RestoreResult> RestoreAsync(string copyPath, CancellationToken cancellationToken = default)
    {
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            throw new BackupRefusedException("この機能は SQLite（組込み構成）用です。PostgreSQL は pgBackRest で復元します。 / Embedded restore is for SQLite; PostgreSQL uses pgBackRest.");
        }

        var target = SqliteFiles.DatabaseFile(database.ConnectionString);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var stamp = time.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var staging = target + ".restoring-" + stamp;
        try
        {
            var manifest = await StageAsync(copyPath, staging, cancellationToken);
            SqliteConnection.ClearAllPools();
            string? keptAt = null;
            if (File.Exists(target))
            {
                keptAt = target + ".replaced-" + stamp;
                foreach (var suffix in new[] { string.Empty, "-wal", "-shm" })
                {
                    if (File.Exists(target + suffix))
                    {
                        File.Move(target + suffix, keptAt + suffix);
                    }
                }
            }

            File.Move(staging, target);
            return new RestoreResult(manifest, target, keptAt);
        }
        finally
        {
            File.Delete(staging);
        }
    }

    /// <summary>Checks the copy and writes the plain database to <paramref name="staging"/> (for restore, or for verify-backup to open).</summary>
    internal async Task<BackupManifest> StageAsync(string copyPath, string staging, CancellationToken cancellationToken)
    {
        if (!File.Exists(copyPath))
        {
            throw new BackupRefusedException($"バックアップ {Path.GetFileName(copyPath)} が見つかりません。 / Backup copy not found.");
        }

        var manifest = BackupCatalog.ReadFor(copyPath);
        if (await SqliteFiles.Sha256Async(copyPath, cancellationToken) != manifest.Sha256)
        {
            throw new BackupRefusedException("バックアップのチェックサム（SHA-256）がマニフェストと一致しません。コピーが破損しているため復元しません。現在のデータベースは変更していません。 / The copy's SHA-256 does not match its manifest: it is damaged. Nothing was changed.");
        }

        if (keys.CipherFor(manifest.Encryption) is { } cipher)
        {
            try
            {
                await cipher.DecryptAsync(copyPath, staging, cancellationToken);
            }
            catch (CryptographicException error)
            {
                throw new BackupRefusedException("バックアップを復号できません（鍵が違うか、コピーが改ざん・破損しています）。現在のデータベースは変更していません。 / The copy cannot be decrypted (wrong key, or tampered). Nothing was changed.", error);
            }
        }
        else
        {
            File.Copy(copyPath, staging);
        }

        if (await SqliteFiles.Sha256Async(staging, cancellationToken) != manifest.DatabaseSha256)
        {
            throw new BackupRefusedException("復号したデータベースのチェックサムがマニフェストと一致しません。現在のデータベースは変更していません。 / The database's SHA-256 does not match the manifest. Nothing was changed.");
        }

        var integrity = await SqliteFiles.IntegrityCheckAsync(staging, cancellationToken);
        if (integrity != "ok")
        {
            throw new BackupRefusedException($"バックアップの整合性検査に失敗しました（{integrity}）。現在のデータベースは変更していません。 / The copy failed integrity_check. Nothing was changed.");
        }

        return manifest;
    }
}
