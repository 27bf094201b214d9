using Npgsql;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Testing;

/// <summary>
/// The throwaway cluster started by scripts/with-test-postgres.sh, found through TSUNAGI_TEST_PG_ADMIN,
/// TSUNAGI_TEST_PG_OWNER and TSUNAGI_TEST_PG_APP. Without them every PostgreSQL test fails, saying how to run it.
/// </summary>
public sealed class PostgresTestCluster
{
    private PostgresTestCluster(string admin, string owner, string app)
    {
        Admin = admin;
        Owner = owner;
        App = app;
    }

    /// <summary>Superuser: bypasses row-level security.</summary>
    public string Admin { get; }

    public string Owner { get; }

    public string App { get; }

    public static PostgresTestCluster FromEnvironment()
    {
        var admin = Environment.GetEnvironmentVariable("TSUNAGI_TEST_PG_ADMIN");
        var owner = Environment.GetEnvironmentVariable("TSUNAGI_TEST_PG_OWNER");
        var app = Environment.GetEnvironmentVariable("TSUNAGI_TEST_PG_APP");
        if (string.IsNullOrEmpty(admin) || string.IsNullOrEmpty(owner) || string.IsNullOrEmpty(app))
        {
            throw new InvalidOperationException(
                "The PostgreSQL tests need a throwaway cluster: TSUNAGI_TEST_PG_ADMIN, TSUNAGI_TEST_PG_OWNER and TSUNAGI_TEST_PG_APP are not set. " +
                "Run them with scripts/with-test-postgres.sh <test executable> -trait Lane=postgres (as ./test.sh does), " +
                "or leave them out with -trait- Lane=postgres.");
        }

        return new PostgresTestCluster(admin, owner, app);
    }

    public static string InDatabase(string connectionString, string database) =>
        new NpgsqlConnectionStringBuilder(connectionString) { Database = database }.ConnectionString;

    /// <summary>
    /// A pool of one connection whose connection string asks the driver to skip its DISCARD ALL when a
    /// connection returns, so anything left set on a session would reach the next user of the pool
    /// (unless the data source overrides it, as the application's does).
    /// </summary>
    public static string SingleConnectionWithoutReset(string connectionString) =>
        new NpgsqlConnectionStringBuilder(connectionString) { MaxPoolSize = 1, NoResetOnClose = true }.ConnectionString;

    /// <summary>A new, empty database owned by tsunagi_owner, as init-postgres makes it.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "tsunagi_test_" + Guid.CreateVersion7().ToString("N");
        await PostgresProvisioner.EnsureDatabaseAsync(Admin, name);
        return name;
    }

    public async Task DropDatabaseAsync(string database)
    {
        await using var connection = new NpgsqlConnection(Admin);
        await connection.OpenAsync();
        await using var format = new NpgsqlCommand("select format('DROP DATABASE IF EXISTS %I WITH (FORCE)', @database)", connection);
        format.Parameters.AddWithValue("database", database);
        var statement = (string)(await format.ExecuteScalarAsync())!;
#pragma warning disable CA2100 // The server quoted the name (format %I).
        await using var command = new NpgsqlCommand(statement, connection);
#pragma warning restore CA2100
        await command.ExecuteNonQueryAsync();
    }
}
