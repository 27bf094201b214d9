using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Security;
using Tsunagi.Testing;

namespace Tsunagi.Web.Tests.Security;

/// <summary>SQLite demo mode: no TSUNAGI_MASTER_KEY, so the key is generated into the data directory.</summary>
public sealed class SqlitePersonalDataEncryptionTests(TsunagiFactory factory)
    : PersonalDataEncryptionTests<TsunagiFactory>(factory), IClassFixture<TsunagiFactory>
{
    [Fact]
    public async Task Without_a_configured_master_key_the_demo_generates_one_readable_by_its_owner_only()
    {
        await InTown(Otsuchi, p => p.EncryptAsync(PersonalDataPurpose.IndividualNumber, "123456789018", TestContext.Current.CancellationToken));
        var keyFile = Path.Combine(Factory.DataDirectory, "keys", MasterKeyLoader.FileName);

        Assert.True(File.Exists(keyFile));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(keyFile));
        }

        var fromFile = MasterKey.FromBase64(await File.ReadAllTextAsync(keyFile, TestContext.Current.CancellationToken));
        var wrapped = Factory.Services.GetRequiredService<MasterKey>().Wrap(Otsuchi, 1, new byte[MasterKey.KeySize]);
        Assert.Equal(new byte[MasterKey.KeySize], fromFile.Unwrap(Otsuchi, 1, wrapped));
    }

    /// <summary>The database file and its write-ahead log (WAL mode: recent commits are still in the log).</summary>
    protected override async Task<bool> StorageContainsAsync(byte[] bytes)
    {
        using var copy = new MemoryStream();
        foreach (var path in new[] { "tsunagi.db", "tsunagi.db-wal" }.Select(f => Path.Combine(Factory.DataDirectory, f)).Where(File.Exists))
        {
            await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            await file.CopyToAsync(copy, TestContext.Current.CancellationToken);
        }

        return copy.GetBuffer().AsSpan(0, (int)copy.Length).IndexOf(bytes) >= 0;
    }
}
