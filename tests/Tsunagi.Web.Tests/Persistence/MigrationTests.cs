using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Web.Tests.Persistence;

/// <summary>Migrations match the model on both providers, and the schema keeps tenant_id first (ready for distribution by tenant).</summary>
public sealed class MigrationTests
{
    /// <summary>
    /// Tables whose primary key may start with something other than tenant_id: ASP.NET Identity's
    /// stores find rows by their own keys (FindAsync(id), FindAsync(userId, roleId), ...), so their
    /// primary keys stay as Identity defines them. Every unique index still starts with tenant_id.
    /// </summary>
    private static readonly HashSet<string> IdentityPrimaryKeys =
    [
        "identity_users",
        "identity_roles",
        "identity_user_claims",
        "identity_role_claims",
        "identity_user_logins",
        "identity_user_roles",
        "identity_user_tokens",
    ];

    [Fact]
    public void The_sqlite_migrations_match_the_model()
    {
        using var db = new SqliteDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "the model changed without a SQLite migration: dotnet ef migrations add … --context SqlitePlatformDbContext");
    }

    [Fact]
    public void The_postgres_migrations_match_the_model()
    {
        using var db = new PostgresDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "the model changed without a PostgreSQL migration: dotnet ef migrations add … --context PostgresPlatformDbContext");
    }

    [Fact]
    public async Task Migrating_an_empty_sqlite_database_applies_every_migration_and_leaves_none_pending()
    {
        var directory = Path.Combine(Path.GetTempPath(), "tsunagi-tests", Guid.CreateVersion7().ToString("N"));
        var connection = $"Data Source={Path.Combine(directory, "empty.db")};Pooling=False";
        try
        {
            var options = new DbContextOptionsBuilder<SqlitePlatformDbContext>();
            PersistenceRegistration.ConfigureSqlite(options, connection);
            await using var db = new SqlitePlatformDbContext(options.Options, new TenantContext());
            var migrator = new DatabaseMigrator(new DatabaseSettings(DatabaseProvider.Sqlite, connection, null, directory), db);

            var applied = await migrator.MigrateAsync(TestContext.Current.CancellationToken);

            Assert.Equal(db.Database.GetMigrations(), applied);
            Assert.NotEmpty(applied);
            Assert.Empty(await migrator.PendingMigrationsAsync(TestContext.Current.CancellationToken));
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Every_sqlite_tenant_table_has_tenant_id_first_in_its_primary_key_and_unique_indexes() =>
        AssertTenantFirst(new SqliteDesignTimeFactory().CreateDbContext([]));

    [Fact]
    public void Every_postgres_tenant_table_has_tenant_id_first_in_its_primary_key_and_unique_indexes() =>
        AssertTenantFirst(new PostgresDesignTimeFactory().CreateDbContext([]));

    private static void AssertTenantFirst(DbContext db)
    {
        using (db)
        {
            var violations = new List<string>();
            var tenantTables = 0;
            foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
            {
                var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
                string FirstColumn(IReadOnlyList<IProperty> properties) => properties[0].GetColumnName(table)!;
                if (!entity.GetProperties().Any(p => p.GetColumnName(table) == TenantModel.ColumnName))
                {
                    continue;
                }

                tenantTables++;
                if (FirstColumn(entity.FindPrimaryKey()!.Properties) != TenantModel.ColumnName && !IdentityPrimaryKeys.Contains(table.Name))
                {
                    violations.Add($"{table.Name}: primary key starts with {FirstColumn(entity.FindPrimaryKey()!.Properties)}");
                }

                foreach (var index in entity.GetIndexes().Where(i => i.IsUnique && FirstColumn(i.Properties) != TenantModel.ColumnName))
                {
                    violations.Add($"{table.Name}: unique index {index.GetDatabaseName()} starts with {FirstColumn(index.Properties)}");
                }
            }

            Assert.True(tenantTables >= 9, $"only {tenantTables} tenant tables found; the model did not load as expected");
            Assert.Empty(violations);
        }
    }
}
