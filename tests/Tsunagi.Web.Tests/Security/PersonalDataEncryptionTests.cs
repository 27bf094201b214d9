using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Security;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;

namespace Tsunagi.Web.Tests.Security;

/// <summary>
/// 個人番号 encryption through the real host and database: tenant data keys are created on first use,
/// stored only wrapped, and one town's ciphertexts and keys are useless to another. Run on SQLite (with
/// the generated demo master key) and on PostgreSQL (configured key, row-level security).
/// </summary>
public abstract class PersonalDataEncryptionTests<TFactory>(TFactory factory)
    where TFactory : TsunagiFactory
{
    protected const string Otsuchi = "034614";
    protected const string Noda = "035033";
    private const string Purpose = PersonalDataPurpose.IndividualNumber;
    private const string Number = "123456789018";

    protected TFactory Factory => factory;

    [Fact]
    public async Task A_number_encrypted_in_one_request_decrypts_in_a_later_one_of_the_same_town()
    {
        var ciphertext = await InTown(Otsuchi, p => p.EncryptAsync(Purpose, Number, TestContext.Current.CancellationToken));

        var clear = await InTown(Otsuchi, p => p.DecryptAsync(Purpose, ciphertext, TestContext.Current.CancellationToken));

        Assert.Equal(Number, clear);
        Assert.Equal(-1, ciphertext.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Number)));
    }

    [Fact]
    public async Task A_stored_ciphertext_with_one_byte_flipped_does_not_decrypt()
    {
        var ciphertext = await InTown(Otsuchi, p => p.EncryptAsync(Purpose, Number, TestContext.Current.CancellationToken));
        ciphertext[^1] ^= 0x80;

        await Assert.ThrowsAnyAsync<CryptographicException>(() => InTown(Otsuchi, p => p.DecryptAsync(Purpose, ciphertext, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task A_ciphertext_of_one_town_copied_into_another_town_does_not_decrypt()
    {
        var ciphertext = await InTown(Otsuchi, p => p.EncryptAsync(Purpose, Number, TestContext.Current.CancellationToken));

        await Assert.ThrowsAnyAsync<CryptographicException>(() => InTown(Noda, p => p.DecryptAsync(Purpose, ciphertext, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task The_blind_index_is_equal_within_a_town_and_differs_between_towns()
    {
        var first = await InTown(Otsuchi, p => p.BlindIndexAsync(Purpose, Number, TestContext.Current.CancellationToken));
        var again = await InTown(Otsuchi, p => p.BlindIndexAsync(Purpose, "１２３４ ５６７８ ９０１８", TestContext.Current.CancellationToken));
        var noda = await InTown(Noda, p => p.BlindIndexAsync(Purpose, Number, TestContext.Current.CancellationToken));

        Assert.Equal(first, again);
        Assert.NotEqual(first, noda);
    }

    [Fact]
    public async Task First_use_creates_one_key_per_town_audited_once_and_each_town_sees_only_its_own()
    {
        await InTown(Otsuchi, p => p.EncryptAsync(Purpose, Number, TestContext.Current.CancellationToken));
        await InTown(Otsuchi, p => p.EncryptAsync(Purpose, Number, TestContext.Current.CancellationToken));
        await InTown(Noda, p => p.EncryptAsync(Purpose, Number, TestContext.Current.CancellationToken));

        var otsuchiKeys = await KeysSeenBy(Otsuchi);
        var nodaKeys = await KeysSeenBy(Noda);
        var created = (await AuditLog.EventsAsync(factory, Otsuchi)).Where(e => e.Action == TenantKeyRing.KeyCreatedAction).ToList();

        Assert.Equal([(Otsuchi, 1)], otsuchiKeys.Select(k => (k.TenantId, k.Version)));
        Assert.Equal([(Noda, 1)], nodaKeys.Select(k => (k.TenantId, k.Version)));
        Assert.NotEqual(otsuchiKeys[0].WrappedKey, nodaKeys[0].WrappedKey);
        Assert.Single(created);
    }

    [Fact]
    public async Task The_data_key_is_stored_only_wrapped_and_a_wrong_master_key_cannot_unwrap_it()
    {
        var ciphertext = await InTown(Otsuchi, p => p.EncryptAsync(Purpose, Number, TestContext.Current.CancellationToken));
        var stored = (await KeysSeenBy(Otsuchi)).Single();
        var master = factory.Services.GetRequiredService<MasterKey>();
        var dataKey = master.Unwrap(Otsuchi, stored.Version, stored.WrappedKey);

        // The test can find the wrapped key in storage, so not finding the unwrapped key means something.
        Assert.True(await StorageContainsAsync(stored.WrappedKey));
        Assert.False(await StorageContainsAsync(dataKey));
        Assert.Equal(Number, PersonalDataCipher.Decrypt(new DataKeyMaterial(Otsuchi, stored.Version, dataKey), Purpose, ciphertext));

        var wrongMaster = new MasterKey(RandomNumberGenerator.GetBytes(MasterKey.KeySize));
        Assert.ThrowsAny<CryptographicException>(() => wrongMaster.Unwrap(Otsuchi, stored.Version, stored.WrappedKey));
    }

    /// <summary>Whether the raw storage of tenant_data_keys, as the database owner could read it, holds these bytes.</summary>
    protected abstract Task<bool> StorageContainsAsync(byte[] bytes);

    protected Task<T> InTown<T>(string tenantId, Func<PersonalDataProtector, Task<T>> work) =>
        factory.Services.InTenantScopeAsync(tenantId, TenantKind.Municipality, sp => work(sp.GetRequiredService<PersonalDataProtector>()));

    /// <summary>The key rows the application's DbContext shows a town, without a where clause of our own.</summary>
    private Task<List<TenantDataKey>> KeysSeenBy(string tenantId) =>
        factory.Services.InTenantScopeAsync(tenantId, TenantKind.Municipality, sp =>
            sp.GetRequiredService<PlatformDbContext>().TenantDataKeys.AsNoTracking().OrderBy(k => k.TenantId).ToListAsync(TestContext.Current.CancellationToken));
}
