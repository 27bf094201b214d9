using System.Security.Cryptography;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Tsunagi.Continuity.Embedded;
using Tsunagi.Continuity.Tests.Infrastructure;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Continuity.Tests.Embedded;

public sealed class EncryptedBackupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Encrypted_copy_is_unreadable_without_its_key_and_verifies_with_it()
    {
        await using var factory = new EncryptedBackupFactory();
        await factory.InitializeAsync();

        var manifest = await factory.Services.GetRequiredService<SqliteBackup>().BackupAsync(cancellationToken: Ct);
        var copy = Path.Combine(factory.BackupDirectory, manifest.FileName);

        Assert.Equal(BackupEncryption.BackupKey, manifest.Encryption);
        Assert.True(BackupCipher.IsEncrypted(copy));
        Assert.NotEqual("ok", await SqliteFiles.IntegrityCheckAsync(copy, Ct));
        Assert.Equal(manifest, await factory.Services.GetRequiredService<SqliteRestore>().VerifyAsync(copy, Ct));
    }

    [Fact]
    public async Task Encrypted_copy_is_refused_with_another_key()
    {
        await using var factory = new EncryptedBackupFactory();
        await factory.InitializeAsync();
        var manifest = await factory.Services.GetRequiredService<SqliteBackup>().BackupAsync(cancellationToken: Ct);
        var otherKey = new BackupSettings(null, TimeSpan.FromHours(1), 3, BackupEncryption.BackupKey, Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)));
        var restore = new SqliteRestore(factory.Services.GetRequiredService<DatabaseSettings>(), new BackupKeys(otherKey, factory.Services), new FakeTimeProvider());

        var error = await Assert.ThrowsAsync<BackupRefusedException>(() => restore.VerifyAsync(Path.Combine(factory.BackupDirectory, manifest.FileName), Ct));

        Assert.Contains("復号できません", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cipher_round_trips_files_across_chunk_boundaries_and_detects_truncation()
    {
        var folder = Directory.CreateTempSubdirectory("tsunagi-cipher-").FullName;
        try
        {
            var cipher = new BackupCipher(RandomNumberGenerator.GetBytes(32));
            var plain = Path.Combine(folder, "plain");
            var data = RandomNumberGenerator.GetBytes((2 * 1024 * 1024) + 17);
            await File.WriteAllBytesAsync(plain, data, Ct);
            await cipher.EncryptAsync(plain, Path.Combine(folder, "enc"), Ct);
            await cipher.DecryptAsync(Path.Combine(folder, "enc"), Path.Combine(folder, "back"), Ct);
            Assert.Equal(data, await File.ReadAllBytesAsync(Path.Combine(folder, "back"), Ct));

            // Cut after the first full chunk: the remaining chunk claims not to be the last, so decryption must fail.
            var encrypted = await File.ReadAllBytesAsync(Path.Combine(folder, "enc"), Ct);
            await File.WriteAllBytesAsync(Path.Combine(folder, "cut"), encrypted[..(16 + 4 + (1024 * 1024) + 16)], Ct);
            await Assert.ThrowsAnyAsync<CryptographicException>(() => cipher.DecryptAsync(Path.Combine(folder, "cut"), Path.Combine(folder, "cut-back"), Ct));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
