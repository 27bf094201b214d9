using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Security;

namespace Tsunagi.Continuity.Embedded;

/// <summary>The key a copy is encrypted with, by the copy's own <see cref="BackupEncryption"/> (not today's setting), so old copies stay readable.</summary>
public sealed class BackupKeys(BackupSettings settings, IServiceProvider services)
{
    public const string MasterKeyPurpose = "tsunagi/backup/v1";

    public BackupCipher? CipherFor(BackupEncryption encryption) => encryption switch
    {
        BackupEncryption.None => null,
        BackupEncryption.MasterKey => new BackupCipher(services.GetRequiredService<MasterKey>().DeriveKey(MasterKeyPurpose)),
        _ => new BackupCipher(BackupKey()),
    };

    private byte[] BackupKey()
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(settings.KeyBase64 ?? throw new BackupRefusedException("このバックアップの復号には TSUNAGI_BACKUP_KEY が必要です。 / TSUNAGI_BACKUP_KEY is required for this copy."));
        }
        catch (FormatException error)
        {
            throw new BackupRefusedException("TSUNAGI_BACKUP_KEY が base64 ではありません。 / TSUNAGI_BACKUP_KEY is not valid base64.", error);
        }

        return key.Length == 32 ? key : throw new BackupRefusedException("TSUNAGI_BACKUP_KEY は 32 バイトの base64 でなければなりません。 / TSUNAGI_BACKUP_KEY must be base64 of 32 bytes.");
    }
}
