using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Tsunagi.Platform.Persistence;

/// <summary>
/// Row-level security and grants in PostgreSQL migrations. Every table with a tenant_id column calls
/// <see cref="EnableTenantIsolation"/> in the migration that creates it (the application refuses to
/// start otherwise); every other table calls <see cref="GrantApplicationAccess"/>, or the application
/// role cannot use it at all.
/// </summary>
public static class TenantIsolationMigrations
{
    public const string PolicyName = "tenant_isolation";

    private const string TenantMatches = $"tenant_id = current_setting('{PostgresRoles.TenantSetting}', true)";

    /// <summary>
    /// ENABLE and FORCE row-level security (FORCE: the owner is filtered too), one policy that shows and
    /// accepts only rows of the tenant set on the connection (none set: nothing), and the application's grant.
    /// </summary>
    public static MigrationBuilder EnableTenantIsolation(this MigrationBuilder migrationBuilder, string table, ApplicationTableAccess access = ApplicationTableAccess.ReadWrite)
    {
        RequirePostgres(migrationBuilder);
        var quoted = Quote(table);
        migrationBuilder.Sql($"ALTER TABLE {quoted} ENABLE ROW LEVEL SECURITY;");
        migrationBuilder.Sql($"ALTER TABLE {quoted} FORCE ROW LEVEL SECURITY;");
        migrationBuilder.Sql($"CREATE POLICY {PolicyName} ON {quoted} USING ({TenantMatches}) WITH CHECK ({TenantMatches});");
        return migrationBuilder.GrantApplicationAccess(table, access);
    }

    /// <summary>Grants the application role what it may do with one table; it owns nothing and gets nothing else.</summary>
    public static MigrationBuilder GrantApplicationAccess(this MigrationBuilder migrationBuilder, string table, ApplicationTableAccess access = ApplicationTableAccess.ReadWrite)
    {
        RequirePostgres(migrationBuilder);
        var privileges = access == ApplicationTableAccess.AppendOnly ? "SELECT, INSERT" : "SELECT, INSERT, UPDATE, DELETE";
        migrationBuilder.Sql($"GRANT {privileges} ON {Quote(table)} TO {PostgresRoles.Application};");
        return migrationBuilder;
    }

    /// <summary>USAGE on the schema, and SELECT on the migrations history so /health/ready can tell whether migrations are pending.</summary>
    public static MigrationBuilder GrantApplicationSchemaUsage(this MigrationBuilder migrationBuilder)
    {
        RequirePostgres(migrationBuilder);
        migrationBuilder.Sql($"DO $$ BEGIN EXECUTE format('GRANT USAGE ON SCHEMA %I TO {PostgresRoles.Application}', current_schema()); END $$;");
        migrationBuilder.Sql($"GRANT SELECT ON {Quote(HistoryRepository.DefaultTableName)} TO {PostgresRoles.Application};");
        return migrationBuilder;
    }

    /// <summary>SELECT on a module's own migrations history table, so /health/ready can tell whether its migrations are pending.</summary>
    public static MigrationBuilder GrantApplicationHistoryAccess(this MigrationBuilder migrationBuilder, string historyTable)
    {
        RequirePostgres(migrationBuilder);
        migrationBuilder.Sql($"GRANT SELECT ON {Quote(historyTable)} TO {PostgresRoles.Application};");
        return migrationBuilder;
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void RequirePostgres(MigrationBuilder migrationBuilder)
    {
        if (!migrationBuilder.IsNpgsql())
        {
            throw new InvalidOperationException($"Row-level security and grants exist only on PostgreSQL, not on {migrationBuilder.ActiveProvider}.");
        }
    }
}
