using Microsoft.EntityFrameworkCore;
using Npgsql;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;

namespace Tsunagi.Web.Tests.Persistence;

/// <summary>
/// Row-level security by itself: raw SQL on plain connections, with no EF query filter in the way.
/// The superuser (which bypasses RLS) confirms the rows are there to be hidden.
/// </summary>
[Trait("Lane", "postgres")]
public sealed class RowLevelSecurityTests(PostgresFactory factory) : IClassFixture<PostgresFactory>
{
    private const string Otsuchi = "034614";
    private const string Noda = "035033";

    /// <summary>Tables the demo seed fills for every town; the others (logins, tokens, user claims) may be empty.</summary>
    private static readonly string[] SeededTables =
        ["audit_chain_heads", "audit_events", "identity_role_claims", "identity_roles", "identity_user_roles", "identity_users"];

    [Fact]
    public async Task The_application_role_with_another_tenant_set_reads_none_of_a_towns_rows()
    {
        await using var admin = await RawSession.OpenAsync(factory.AdminConnectionString);
        await using var app = await RawSession.OpenAsync(factory.AppConnectionString, Noda);
        var tables = await admin.TenantTablesAsync();
        Assert.Superset(SeededTables.ToHashSet(), tables.ToHashSet());

        foreach (var table in tables)
        {
            var sql = $"select count(*) from \"{table}\" where tenant_id = @p0";
            if (SeededTables.Contains(table))
            {
                Assert.True(await admin.ScalarAsync<long>(sql, Otsuchi) > 0, $"{table} should hold rows of {Otsuchi} for this test to mean anything");
            }

            Assert.Equal(0L, await app.ScalarAsync<long>(sql, Otsuchi));
        }

        Assert.Equal(["035033"], await app.ColumnAsync("select distinct tenant_id::text from identity_users"));
    }

    [Fact]
    public async Task The_application_role_with_no_tenant_set_reads_nothing_at_all()
    {
        await using var admin = await RawSession.OpenAsync(factory.AdminConnectionString);
        await using var app = await RawSession.OpenAsync(factory.AppConnectionString);

        foreach (var table in await admin.TenantTablesAsync())
        {
            if (SeededTables.Contains(table))
            {
                Assert.True(await admin.ScalarAsync<long>($"select count(*) from \"{table}\"") > 0, $"{table} should hold rows for this test to mean anything");
            }

            Assert.Equal(0L, await app.ScalarAsync<long>($"select count(*) from \"{table}\""));
        }
    }

    [Fact]
    public async Task Inserting_a_row_for_another_tenant_is_rejected_by_the_policy()
    {
        await using var app = await RawSession.OpenAsync(factory.AppConnectionString, Otsuchi);

        var error = await Assert.ThrowsAsync<PostgresException>(() => app.ExecuteAsync(
            "insert into identity_roles (id, tenant_id, display_name, requires_second_factor, name, normalized_name) values (@p0, @p1, 'x', false, 'intruder', 'INTRUDER')",
            Guid.CreateVersion7(),
            Noda));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
        Assert.Contains("row-level security", error.MessageText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moving_a_row_to_another_tenant_is_rejected_by_the_policy()
    {
        await using var app = await RawSession.OpenAsync(factory.AppConnectionString, Otsuchi);

        var error = await Assert.ThrowsAsync<PostgresException>(() => app.ExecuteAsync(
            "update identity_users set tenant_id = @p0 where normalized_user_name = 'CLERK'", Noda));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
    }

    [Fact]
    public async Task The_application_role_can_neither_update_nor_delete_audit_events()
    {
        await using var app = await RawSession.OpenAsync(factory.AppConnectionString, Otsuchi);
        Assert.True(await app.ScalarAsync<long>("select count(*) from audit_events") > 0);

        var update = await Assert.ThrowsAsync<PostgresException>(() => app.ExecuteAsync("update audit_events set action = 'rewritten'"));
        var delete = await Assert.ThrowsAsync<PostgresException>(() => app.ExecuteAsync("delete from audit_events"));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, update.SqlState);
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, delete.SqlState);
        Assert.Contains("permission denied", update.MessageText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_owner_is_bound_by_the_policies_too_and_sees_nothing_without_a_tenant()
    {
        await using var owner = await RawSession.OpenAsync(factory.OwnerConnectionString);
        await using var ownerInOtsuchi = await RawSession.OpenAsync(factory.OwnerConnectionString, Otsuchi);

        Assert.Equal(0L, await owner.ScalarAsync<long>("select count(*) from audit_events"));
        Assert.Equal(0L, await owner.ScalarAsync<long>("select count(*) from identity_users"));
        Assert.Equal(3L, await ownerInOtsuchi.ScalarAsync<long>("select count(*) from identity_users"));
    }

    [Fact]
    public async Task The_application_role_owns_nothing_and_cannot_change_the_schema()
    {
        await using var app = await RawSession.OpenAsync(factory.AppConnectionString, Otsuchi);

        Assert.Equal(0L, await app.ScalarAsync<long>("select count(*) from pg_class where relowner = (select oid from pg_roles where rolname = current_user)"));
        var create = await Assert.ThrowsAsync<PostgresException>(() => app.ExecuteAsync("create table sneaky (tenant_id text)"));
        var disable = await Assert.ThrowsAsync<PostgresException>(() => app.ExecuteAsync("alter table audit_events disable row level security"));
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, create.SqlState);
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, disable.SqlState);
    }

    /// <summary>The EF layer alone: connected as the superuser, RLS is bypassed and only the query filter keeps towns apart.</summary>
    [Fact]
    public async Task The_query_filter_alone_keeps_a_town_to_its_own_rows_when_row_level_security_is_bypassed()
    {
        await using var dataSource = new NpgsqlDataSourceBuilder(factory.AdminConnectionString).Build();
        var options = new DbContextOptionsBuilder<PostgresPlatformDbContext>();
        PersistenceRegistration.ConfigurePostgres(options, dataSource);
        var tenant = new TenantContext();
        tenant.Resolve(Otsuchi, TenantKind.Municipality);
        await using var db = new PostgresPlatformDbContext(options.Options, tenant);
        var ct = TestContext.Current.CancellationToken;

        var everyTenant = await db.Database.SqlQueryRaw<string>("select distinct tenant_id as \"Value\" from identity_users").ToListAsync(ct);
        var filtered = await db.Users.Select(u => u.TenantId).Distinct().ToListAsync(ct);
        var events = await db.AuditEvents.Select(e => e.TenantId).Distinct().ToListAsync(ct);

        Assert.True(everyTenant.Count > 1, "the superuser must see several towns for this test to mean anything");
        Assert.Equal([Otsuchi], filtered);
        Assert.Equal([Otsuchi], events);
    }
}
