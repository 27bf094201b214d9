using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;
using Tsunagi.Web.Hosting;

namespace Tsunagi.Web.Tests.Persistence;

[Trait("Lane", "postgres")]
public sealed class PostgresMigrationTests(PostgresFactory factory) : IClassFixture<PostgresFactory>
{
    [Fact]
    public async Task Migrating_an_empty_database_as_the_owner_applies_every_migration_with_isolation_in_place()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = await factory.Cluster.CreateDatabaseAsync();
        try
        {
            var app = PostgresTestCluster.InDatabase(factory.Cluster.App, database);
            var owner = PostgresTestCluster.InDatabase(factory.Cluster.Owner, database);
            await using var dataSource = new NpgsqlDataSourceBuilder(app).Build();
            await using var db = AppContext(dataSource);
            var settings = new DatabaseSettings(DatabaseProvider.Postgres, app, owner, factory.DataDirectory);
            var migrator = new DatabaseMigrator(settings, db);

            var applied = await migrator.MigrateAsync(ct);

            Assert.NotEmpty(applied);
            Assert.Equal(db.Database.GetMigrations(), applied);
            Assert.Empty(await migrator.PendingMigrationsAsync(ct));
            await new StartupSafetyChecks(db, settings, NullLogger<StartupSafetyChecks>.Instance).RunAsync(ct);
            Assert.Empty(await migrator.MigrateAsync(ct));
        }
        finally
        {
            await factory.Cluster.DropDatabaseAsync(database);
        }
    }

    [Fact]
    public async Task The_migrations_roll_back_to_an_empty_schema_and_apply_again()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = await factory.Cluster.CreateDatabaseAsync();
        try
        {
            await using var dataSource = new NpgsqlDataSourceBuilder(PostgresTestCluster.InDatabase(factory.Cluster.Owner, database)).Build();
            await using var db = AppContext(dataSource);
            var migrator = db.GetService<IMigrator>();
            await migrator.MigrateAsync(cancellationToken: ct);

            await migrator.MigrateAsync(Migration.InitialDatabase, cancellationToken: ct);
            var tablesLeft = await db.Database.SqlQueryRaw<string>(
                "select tablename as \"Value\" from pg_tables where schemaname = current_schema() and tablename <> '__EFMigrationsHistory'").ToListAsync(ct);
            Assert.Empty(tablesLeft);

            await migrator.MigrateAsync(cancellationToken: ct);
            Assert.Empty(await db.Database.GetPendingMigrationsAsync(ct));
        }
        finally
        {
            await factory.Cluster.DropDatabaseAsync(database);
        }
    }

    [Fact]
    public async Task Ready_reports_healthy_to_the_application_role_on_a_migrated_database()
    {
        var response = await factory.CreateClient().GetAsync("/health/ready", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    private static PostgresPlatformDbContext AppContext(NpgsqlDataSource dataSource)
    {
        var options = new DbContextOptionsBuilder<PostgresPlatformDbContext>();
        PersistenceRegistration.ConfigurePostgres(options, dataSource);
        return new PostgresPlatformDbContext(options.Options, new TenantContext());
    }
}
