using System.Security.Cryptography;
using Npgsql;
using Tsunagi.Platform.Security;
using Tsunagi.Testing;

namespace Tsunagi.Web.Tests.Security;

/// <summary>PostgreSQL with a configured master key; row-level security keeps each town's keys to itself.</summary>
[Trait("Lane", "postgres")]
public sealed class PostgresPersonalDataEncryptionTests(PostgresPersonalDataEncryptionTests.MasterKeyPostgresFactory factory)
    : PersonalDataEncryptionTests<PostgresPersonalDataEncryptionTests.MasterKeyPostgresFactory>(factory),
      IClassFixture<PostgresPersonalDataEncryptionTests.MasterKeyPostgresFactory>
{
    [Fact]
    public async Task The_application_role_reads_no_key_of_another_town_and_cannot_change_or_delete_its_own()
    {
        await InTown(Otsuchi, p => p.EncryptAsync(PersonalDataPurpose.IndividualNumber, "123456789018", TestContext.Current.CancellationToken));
        await using var admin = await RawSession.OpenAsync(Factory.AdminConnectionString);
        await using var noda = await RawSession.OpenAsync(Factory.AppConnectionString, Noda);
        await using var otsuchi = await RawSession.OpenAsync(Factory.AppConnectionString, Otsuchi);
        const string count = "select count(*) from tenant_data_keys where tenant_id = @p0";

        Assert.Equal(1L, await admin.ScalarAsync<long>(count, Otsuchi));
        Assert.Equal(0L, await noda.ScalarAsync<long>(count, Otsuchi));
        Assert.Equal(1L, await otsuchi.ScalarAsync<long>(count, Otsuchi));
        var update = await Assert.ThrowsAsync<PostgresException>(() => otsuchi.ExecuteAsync("update tenant_data_keys set wrapped_key = '\\x00'"));
        var delete = await Assert.ThrowsAsync<PostgresException>(() => otsuchi.ExecuteAsync("delete from tenant_data_keys"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, update.SqlState);
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, delete.SqlState);
    }

    /// <summary>The rows as the superuser reads them (row security bypassed): the key column and the whole row as text.</summary>
    protected override async Task<bool> StorageContainsAsync(byte[] bytes)
    {
        await using var admin = await RawSession.OpenAsync(Factory.AdminConnectionString);
        var inColumn = await admin.ScalarAsync<long>("select count(*) from tenant_data_keys where position(@p0 in wrapped_key) > 0", bytes);
        var inText = await admin.ScalarAsync<long>("select count(*) from tenant_data_keys t where position(@p0 in t::text) > 0", Convert.ToHexStringLower(bytes));
        return inColumn + inText > 0;
    }

    public sealed class MasterKeyPostgresFactory : PostgresFactory
    {
        private readonly string _masterKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(MasterKey.KeySize));

        protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>(base.Settings)
        {
            [MasterKeyLoader.Setting] = _masterKey,
        };
    }
}
