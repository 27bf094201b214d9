using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;

namespace Tsunagi.Web.Tests.Persistence;

/// <summary>
/// tsunagi.tenant_id must not outlive the context that set it. The pool holds one connection, so every
/// context below reuses the same server session (checked by its backend pid). The connection string asks
/// the pool to skip its reset (No Reset On Close), as someone tuning for speed might: the application's
/// data source must clean up all the same.
/// </summary>
[Trait("Lane", "postgres")]
public sealed class TenantSettingLeakTests(PostgresFactory factory) : IClassFixture<PostgresFactory>, IAsyncDisposable
{
    private const string Otsuchi = "034614";
    private const string Noda = "035033";

    private readonly NpgsqlDataSource _pool = PersistenceRegistration.BuildPostgresDataSource(PostgresTestCluster.SingleConnectionWithoutReset(factory.AppConnectionString));

    [Fact]
    public async Task A_query_of_one_town_leaves_nothing_set_for_the_next_context_on_the_same_connection()
    {
        int pid;
        await using (var otsuchi = Context(Otsuchi))
        {
            Assert.Equal(3, await otsuchi.Users.CountAsync(TestContext.Current.CancellationToken));
            pid = await BackendPidAsync(otsuchi);
        }

        await AssertNothingVisibleWithoutTenantAsync(pid);
    }

    [Fact]
    public async Task A_transaction_of_one_town_leaves_nothing_set_for_the_next_context_on_the_same_connection()
    {
        int pid;
        await using (var otsuchi = Context(Otsuchi))
        {
            await using var transaction = await otsuchi.Database.BeginTransactionAsync(TestContext.Current.CancellationToken);
            Assert.Equal(3, await otsuchi.Users.CountAsync(TestContext.Current.CancellationToken));
            pid = await BackendPidAsync(otsuchi);
            await transaction.CommitAsync(TestContext.Current.CancellationToken);
        }

        await AssertNothingVisibleWithoutTenantAsync(pid);
    }

    [Fact]
    public async Task A_connection_opened_by_hand_and_never_closed_leaves_nothing_set_for_the_next_context()
    {
        int pid;
        await using (var otsuchi = Context(Otsuchi))
        {
            await otsuchi.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
            Assert.Equal(3, await otsuchi.Users.CountAsync(TestContext.Current.CancellationToken));
            pid = await BackendPidAsync(otsuchi);
        }

        await AssertNothingVisibleWithoutTenantAsync(pid);
    }

    [Fact]
    public async Task The_next_town_on_the_same_connection_sees_only_its_own_rows()
    {
        int pid;
        await using (var otsuchi = Context(Otsuchi))
        {
            await otsuchi.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
            Assert.Equal(3, await otsuchi.Users.CountAsync(TestContext.Current.CancellationToken));
            pid = await BackendPidAsync(otsuchi);
        }

        await using var noda = Context(Noda);
        Assert.Equal(pid, await BackendPidAsync(noda));
        var visible = await noda.Database.SqlQueryRaw<string>("select distinct tenant_id as \"Value\" from identity_users").ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal([Noda], visible);
    }

    public async ValueTask DisposeAsync() => await _pool.DisposeAsync();

    /// <summary>The next user of the pooled session, through EF without a tenant and as a plain connection (the data source is a DI singleton), sees nothing.</summary>
    private async Task AssertNothingVisibleWithoutTenantAsync(int previousPid)
    {
        var ct = TestContext.Current.CancellationToken;
        await using (var raw = await _pool.OpenConnectionAsync(ct))
        {
            await using var command = new NpgsqlCommand("select pg_backend_pid(), current_setting('tsunagi.tenant_id', true), (select count(*) from identity_users)", raw);
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            Assert.Equal(previousPid, reader.GetInt32(0));
            var setting = reader.IsDBNull(1) ? null : reader.GetString(1);
            Assert.True(string.IsNullOrEmpty(setting), $"tsunagi.tenant_id leaked to the next user of the connection: '{setting}'");
            Assert.Equal(0L, reader.GetInt64(2));
        }

        await using var none = Context(null);
        Assert.Equal(previousPid, await BackendPidAsync(none));
        Assert.Equal(0L, await none.Database.SqlQueryRaw<long>("select count(*) as \"Value\" from identity_users").SingleAsync(ct));
    }

    private static Task<int> BackendPidAsync(PlatformDbContext db) =>
        db.Database.SqlQueryRaw<int>("select pg_backend_pid() as \"Value\"").SingleAsync(TestContext.Current.CancellationToken);

    private PostgresPlatformDbContext Context(string? tenantId)
    {
        var tenant = new TenantContext();
        if (tenantId is not null)
        {
            tenant.Resolve(tenantId, TenantKind.Municipality);
        }

        var options = new DbContextOptionsBuilder<PostgresPlatformDbContext>();
        PersistenceRegistration.ConfigurePostgres(options, _pool);
        return new PostgresPlatformDbContext(options.Options, tenant);
    }
}
