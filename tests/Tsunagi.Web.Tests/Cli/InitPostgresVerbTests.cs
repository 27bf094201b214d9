using Npgsql;
using Tsunagi.Testing;
using Tsunagi.Web.Cli;

namespace Tsunagi.Web.Tests.Cli;

/// <summary>./tsunagi init-postgres against the throwaway cluster, with the passwords the cluster's roles already have (the roles are shared by every test).</summary>
[Trait("Lane", "postgres")]
public sealed class InitPostgresVerbTests
{
    private readonly PostgresTestCluster _cluster = PostgresTestCluster.FromEnvironment();

    [Fact]
    public async Task Running_it_twice_leaves_safe_roles_and_a_database_owned_by_tsunagi_owner()
    {
        var database = "tsunagi_init_" + Guid.CreateVersion7().ToString("N")[^12..];
        var input = Password(_cluster.Owner) + "\n" + Password(_cluster.App) + "\n";
        try
        {
            for (var run = 1; run <= 2; run++)
            {
                using var console = await ConsoleCapture.StartAsync(input);
                var exit = await CliApplication.RunAsync(["init-postgres", "--admin-connection", _cluster.Admin, "--database", database, "--passwords-stdin"]);

                Assert.True(exit == 0, $"run {run} exited {exit}: {console.Error}");
                Assert.Contains(database, console.Out, StringComparison.Ordinal);
                Assert.DoesNotContain(Password(_cluster.App), console.Out + console.Error, StringComparison.Ordinal);
                Assert.DoesNotContain(Password(_cluster.Owner), console.Out + console.Error, StringComparison.Ordinal);
            }

            await using var admin = await RawSession.OpenAsync(PostgresTestCluster.InDatabase(_cluster.Admin, database));
            Assert.Equal("tsunagi_owner", await admin.ScalarAsync<string>("select pg_get_userbyid(datdba)::text from pg_database where datname = current_database()"));
            Assert.Equal("tsunagi_owner", await admin.ScalarAsync<string>("select pg_get_userbyid(nspowner)::text from pg_namespace where nspname = 'public'"));
            Assert.Equal(
                ["tsunagi_app:t,f,f,f,f", "tsunagi_owner:t,f,f,f,f"],
                await admin.ColumnAsync("select rolname || ':' || concat_ws(',', rolcanlogin, rolsuper, rolbypassrls, rolcreaterole, rolcreatedb) from pg_roles where rolname like 'tsunagi%' order by 1"));
            Assert.False(await admin.ScalarAsync<bool>("select exists (select 1 from pg_namespace, aclexplode(nspacl) a where nspname = 'public' and a.grantee = 0)"), "PUBLIC keeps rights on schema public");
            Assert.False(await admin.ScalarAsync<bool>("select exists (select 1 from pg_database, aclexplode(datacl) a where datname = current_database() and a.grantee = 0)"), "PUBLIC keeps rights on the database");
            await using var app = await RawSession.OpenAsync(PostgresTestCluster.InDatabase(_cluster.App, database));
            Assert.False(await app.ScalarAsync<bool>("select has_schema_privilege('public', 'CREATE')"));
        }
        finally
        {
            await _cluster.DropDatabaseAsync(database);
        }
    }

    [Fact]
    public async Task A_short_application_password_is_refused_naming_the_role_and_nothing_changes()
    {
        using var console = await ConsoleCapture.StartAsync(Password(_cluster.Owner) + "\nshort\n");

        var exit = await CliApplication.RunAsync(["init-postgres", "--admin-connection", _cluster.Admin, "--database", "tsunagi_never_made", "--passwords-stdin"]);

        Assert.Equal(2, exit);
        Assert.Contains("tsunagi_app", console.Error, StringComparison.Ordinal);
        Assert.Contains("12", console.Error, StringComparison.Ordinal);
        await using var admin = await RawSession.OpenAsync(_cluster.Admin);
        Assert.False(await admin.ScalarAsync<bool>("select exists (select 1 from pg_database where datname = 'tsunagi_never_made')"));
    }

    private static string Password(string connectionString) => new NpgsqlConnectionStringBuilder(connectionString).Password!;
}
