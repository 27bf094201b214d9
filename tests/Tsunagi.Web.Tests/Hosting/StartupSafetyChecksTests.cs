using Tsunagi.Testing;
using Tsunagi.Web.Hosting;

namespace Tsunagi.Web.Tests.Hosting;

/// <summary>The application refuses to start on PostgreSQL when the database could not enforce tenant isolation.</summary>
[Trait("Lane", "postgres")]
public sealed class StartupSafetyChecksTests(PostgresFactory factory) : IClassFixture<PostgresFactory>
{
    [Theory]
    [InlineData("")]
    [InlineData("alter table {0} enable row level security;")]
    [InlineData("alter table {0} enable row level security; alter table {0} force row level security;")]
    [InlineData("alter table {0} enable row level security; create policy tenant_isolation on {0} using (tenant_id = current_setting('tsunagi.tenant_id', true));")]
    public async Task Start_is_refused_naming_a_tenant_table_without_an_enabled_and_forced_policy(string protection)
    {
        var table = "unguarded_notes_" + Guid.CreateVersion7().ToString("N")[^8..];
        await using (var owner = await RawSession.OpenAsync(factory.OwnerConnectionString))
        {
            await owner.ExecuteAsync($"create table {table} (tenant_id varchar(32) not null, body text); {string.Format(System.Globalization.CultureInfo.InvariantCulture, protection, table)}");
        }

        try
        {
            var refused = await Assert.ThrowsAsync<StartupRefusedException>(() => TsunagiWebApplication.PrepareDatabaseAsync(factory.Services));
            Assert.Contains(table, refused.Message, StringComparison.Ordinal);
            Assert.DoesNotContain("identity_users", refused.Message, StringComparison.Ordinal);
        }
        finally
        {
            await using var owner = await RawSession.OpenAsync(factory.OwnerConnectionString);
            await owner.ExecuteAsync($"drop table {table}");
        }
    }

    [Fact]
    public async Task Start_succeeds_once_every_tenant_table_has_an_enabled_and_forced_policy()
    {
        await TsunagiWebApplication.PrepareDatabaseAsync(factory.Services);
    }

    [Fact]
    public async Task Start_is_refused_when_the_application_connects_as_the_owner()
    {
        await using var asOwner = new ServingAsFactory(f => f.OwnerConnectionString);

        var refused = await Assert.ThrowsAsync<StartupRefusedException>(async () => await asOwner.InitializeAsync());

        Assert.Contains("tsunagi_app", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_is_refused_when_the_application_connects_as_a_superuser()
    {
        await using var asSuperuser = new ServingAsFactory(f => f.AdminConnectionString);

        await Assert.ThrowsAsync<StartupRefusedException>(async () => await asSuperuser.InitializeAsync());
    }

    /// <summary>A host whose TSUNAGI_CONNECTION is not tsunagi_app.</summary>
    private sealed class ServingAsFactory(Func<PostgresFactory, string> connection) : PostgresFactory
    {
        protected override string ServingConnectionString => connection(this);
    }
}
