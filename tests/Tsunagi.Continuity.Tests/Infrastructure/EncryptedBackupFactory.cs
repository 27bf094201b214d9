using System.Security.Cryptography;

namespace Tsunagi.Continuity.Tests.Infrastructure;

/// <summary>Backups encrypted with a backup key of their own (TSUNAGI_BACKUP_KEY).</summary>
public sealed class EncryptedBackupFactory : ContinuityFactory
{
    public string BackupKey { get; } = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    protected override IReadOnlyDictionary<string, string?> Extra => new Dictionary<string, string?> { ["TSUNAGI_BACKUP_KEY"] = BackupKey };
}
