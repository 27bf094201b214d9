using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Tsunagi.Platform.Persistence;
using Tsunagi.Residents.Data;
using Tsunagi.Testing;

namespace Tsunagi.Residents.Tests.Data;

/// <summary>The register's schema stays ready for Citus and its migrations follow its model, on both providers.</summary>
public sealed class ResidentsSchemaTests
{
    public static TheoryData<string> Providers => new("sqlite", "postgres");

    [Theory]
    [MemberData(nameof(Providers))]
    public void The_migrations_match_the_model(string provider)
    {
        using var db = Create(provider);
        Assert.False(db.Database.HasPendingModelChanges(), $"the register's model changed without a {provider} migration");
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public void Every_table_is_a_tenant_table_with_tenant_id_first_in_its_keys_indexes_and_foreign_keys(string provider)
    {
        using var db = Create(provider);
        var violations = new List<string>();
        foreach (var entity in db.Model.GetEntityTypes().Where(e => e.GetTableName() is not null))
        {
            var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
            string First(IReadOnlyList<IProperty> properties) => properties[0].GetColumnName(table)!;
            if (First(entity.FindPrimaryKey()!.Properties) != TenantModel.ColumnName)
            {
                violations.Add($"{table.Name}: primary key");
            }

            violations.AddRange(entity.GetIndexes().Where(i => First(i.Properties) != TenantModel.ColumnName).Select(i => $"{table.Name}: index {i.GetDatabaseName()}"));
            violations.AddRange(entity.GetForeignKeys().Where(f => First(f.Properties) != TenantModel.ColumnName).Select(f => $"{table.Name}: foreign key {f.GetConstraintName()}"));
        }

        Assert.True(db.Model.GetEntityTypes().Count() >= 6, "the register's model did not load as expected");
        Assert.Empty(violations);
    }

    [Fact]
    public void The_history_is_append_only_for_the_application_role_on_postgres()
    {
        var migrations = Directory.EnumerateFiles(Path.Combine(RepositoryRoot.Path, "src", "Modules", "Tsunagi.Residents", "Data", "Migrations", "Postgres"), "*.cs")
            .Select(File.ReadAllText)
            .ToList();
        Assert.Contains(migrations, m => m.Contains("EnableTenantIsolation(\"residency_changes\", ApplicationTableAccess.AppendOnly)", StringComparison.Ordinal));
    }

    private static DbContext Create(string provider) => provider == "sqlite"
        ? new SqliteResidentsDesignTimeFactory().CreateDbContext([])
        : new PostgresResidentsDesignTimeFactory().CreateDbContext([]);
}
