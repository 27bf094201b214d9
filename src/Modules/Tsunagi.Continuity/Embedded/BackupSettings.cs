using System.Globalization;
using Microsoft.Extensions.Configuration;

namespace Tsunagi.Continuity.Embedded;

/// <summary>
/// Online backups of the embedded (SQLite) database, from the environment: TSUNAGI_BACKUP_DIR (a directory standing for the remote
/// site; unset = no scheduled backups), TSUNAGI_BACKUP_INTERVAL_MINUTES (60), TSUNAGI_BACKUP_KEEP (24 copies), and encryption:
/// TSUNAGI_BACKUP_KEY (base64 of 32 bytes) or TSUNAGI_BACKUP_ENCRYPTION=master-key (a key derived from the master key).
/// </summary>
public sealed record BackupSettings(string? Directory, TimeSpan Interval, int Keep, BackupEncryption Encryption, string? KeyBase64)
{
    public static BackupSettings FromConfiguration(IConfiguration configuration)
    {
        var minutes = Parse(configuration["TSUNAGI_BACKUP_INTERVAL_MINUTES"], 60, "TSUNAGI_BACKUP_INTERVAL_MINUTES");
        var keep = Parse(configuration["TSUNAGI_BACKUP_KEEP"], 24, "TSUNAGI_BACKUP_KEEP");
        var key = configuration["TSUNAGI_BACKUP_KEY"] is { Length: > 0 } k ? k : null;
        var encryption = configuration["TSUNAGI_BACKUP_ENCRYPTION"]?.Trim().ToLowerInvariant() switch
        {
            null or "" => key is null ? BackupEncryption.None : BackupEncryption.BackupKey,
            "none" => BackupEncryption.None,
            "master-key" => BackupEncryption.MasterKey,
            "backup-key" when key is not null => BackupEncryption.BackupKey,
            var other => throw new InvalidOperationException($"TSUNAGI_BACKUP_ENCRYPTION の値 '{other}' は使えません（none、master-key、backup-key＋TSUNAGI_BACKUP_KEY）。 / TSUNAGI_BACKUP_ENCRYPTION must be none, master-key or backup-key with TSUNAGI_BACKUP_KEY."),
        };
        var directory = configuration["TSUNAGI_BACKUP_DIR"] is { Length: > 0 } d ? Path.GetFullPath(d) : null;
        return new BackupSettings(directory, TimeSpan.FromMinutes(minutes), keep, encryption, key);
    }

    private static int Parse(string? value, int fallback, string name)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return fallback;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var parsed) && parsed > 0
            ? parsed
            : throw new InvalidOperationException($"{name} は 1 以上の整数で指定してください。 / {name} must be a positive whole number.");
    }
}
