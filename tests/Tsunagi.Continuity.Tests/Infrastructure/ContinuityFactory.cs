using System.Security.Cryptography;
using Tsunagi.Testing;

namespace Tsunagi.Continuity.Tests.Infrastructure;

/// <summary>The real host on SQLite with a backup directory beside its data directory (standing for the remote site) and a fixed master key.</summary>
public class ContinuityFactory : TsunagiFactory
{
    public static readonly string SharedMasterKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    public string BackupDirectory => DataDirectory + "-backups";

    protected virtual IReadOnlyDictionary<string, string?> Extra => new Dictionary<string, string?>();

    protected override IReadOnlyDictionary<string, string?> Settings
    {
        get
        {
            var settings = new Dictionary<string, string?>(base.Settings)
            {
                ["TSUNAGI_BACKUP_DIR"] = BackupDirectory,
                ["TSUNAGI_BACKUP_KEEP"] = "3",
                ["TSUNAGI_MASTER_KEY"] = SharedMasterKey,
            };
            foreach (var (key, value) in Extra)
            {
                settings[key] = value;
            }

            return settings;
        }
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
        if (Directory.Exists(BackupDirectory))
        {
            Directory.Delete(BackupDirectory, recursive: true);
        }
    }
}
