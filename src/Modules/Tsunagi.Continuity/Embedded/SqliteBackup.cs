using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Continuity.Export;
using Tsunagi.Continuity.Verification;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Continuity.Embedded;

/// <summary>
/// An online copy of the embedded database (<c>VACUUM INTO</c>, which reads a consistent snapshot while the server keeps serving), to
/// the backup directory that stands for the remote site: checked with <c>integrity_check</c>, checksummed, optionally encrypted,
/// recorded in a manifest beside it, and the oldest copies past the retention count removed.
/// </summary>
public sealed class SqliteBackup(DatabaseSettings database, BackupSettings settings, BackupKeys keys, TimeProvider time, IServiceProvider services)
{
    public const string Prefix = "tsunagi-";

    public async Task<BackupManifest> BackupAsync(string? directory = null, CancellationToken cancellationToken = default)
    {
        if (database.Provider != DatabaseProvider.Sqlite)
        {
            throw new BackupRefusedException("この機能は SQLite（組込み構成）用です。PostgreSQL は pgBackRest でバックアップします。 / Embedded backups are for SQLite; PostgreSQL uses pgBackRest.");
        }

        var target = directory ?? settings.Directory
            ?? throw new BackupRefusedException("バックアップ先が設定されていません（TSUNAGI_BACKUP_DIR または --to）。 / No backup directory (TSUNAGI_BACKUP_DIR or --to).");
        Directory.CreateDirectory(target);
        var started = Stopwatch.GetTimestamp();
        var createdAt = time.GetUtcNow();
        var cipher = keys.CipherFor(settings.Encryption);
        var name = Prefix + createdAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture) + (cipher is null ? ".db" : ".db.enc");
        var final = Path.Combine(target, name);
        var partial = Path.Combine(target, name + ".partial");
        try
        {
            await CopyAsync(partial, cancellationToken);
            var integrity = await SqliteFiles.IntegrityCheckAsync(partial, cancellationToken);
            if (integrity != "ok")
            {
                throw new BackupRefusedException($"作成したコピーの整合性検査に失敗しました（{integrity}）。コピーは保存していません。 / The new copy failed integrity_check; it was discarded.");
            }

            var counts = await CountRowsAsync(partial, cancellationToken);
            var databaseSha = await SqliteFiles.Sha256Async(partial, cancellationToken);
            if (cipher is null)
            {
                File.Move(partial, final);
            }
            else
            {
                await cipher.EncryptAsync(partial, final, cancellationToken);
            }

            var manifest = new BackupManifest(
                BackupManifest.CurrentFormatVersion, name, createdAt, new FileInfo(final).Length, await SqliteFiles.Sha256Async(final, cancellationToken),
                databaseSha, settings.Encryption, integrity, Stopwatch.GetElapsedTime(started).TotalSeconds, counts);
            var manifestPath = final + BackupManifest.Suffix;
            await File.WriteAllTextAsync(manifestPath + ".partial", JsonSerializer.Serialize(manifest, BackupCatalog.Json), CancellationToken.None);
            File.Move(manifestPath + ".partial", manifestPath);
            BackupCatalog.Rotate(target, settings.Keep);
            return manifest;
        }
        finally
        {
            File.Delete(partial);
        }
    }

    /// <summary>The copy is a consistent snapshot: its counts are the database's at backup time, recorded for verify-backup.</summary>
    private async Task<IReadOnlyList<TableCount>> CountRowsAsync(string copy, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await using var copyConnection = CopyConnection.ForSqliteFile(copy);
        await using var connection = await copyConnection.OpenAsync(cancellationToken);
        return await RowCounter.CountAsync(connection, TenantTables.Discover(scope.ServiceProvider), cancellationToken);
    }

    private async Task CopyAsync(string destination, CancellationToken cancellationToken)
    {
        await using var connection = new SqliteConnection(database.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "VACUUM INTO $path;";
        command.Parameters.AddWithValue("$path", destination);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
        await using var written = new FileStream(destination, FileMode.Open, FileAccess.ReadWrite);
        written.Flush(flushToDisk: true);
    }
}
