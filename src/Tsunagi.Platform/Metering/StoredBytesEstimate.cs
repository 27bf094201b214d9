using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Metering;

/// <summary>
/// An estimate of the bytes the current tenant occupies, cheap enough for a daily job (summing the size of each of a
/// tenant's rows would read them all). For every table with a <c>tenant_id</c> column: the tenant's row count times the
/// table's average row size. PostgreSQL: average = <c>pg_total_relation_size</c> (heap, indexes, TOAST) ÷ the planner's
/// <c>reltuples</c>; a table never analysed counts at its whole size. SQLite: one average for the file (page_count ×
/// page_size ÷ all tenant-table rows). Documented in docs/modules/consortium-usage.md.
/// </summary>
public sealed class StoredBytesEstimate(PlatformDbContext db, DatabaseSettings database, ITenantContext tenant)
{
    public async Task<long> EstimateAsync(CancellationToken cancellationToken)
    {
        var tenantId = tenant.TenantId;
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            return database.Provider == DatabaseProvider.Sqlite
                ? await SqliteAsync(connection, tenantId, cancellationToken)
                : await PostgresAsync(connection, cancellationToken);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task<long> PostgresAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        var tables = new List<(string Name, long Size, double Rows)>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                select c.relname, pg_total_relation_size(c.oid), c.reltuples::float8
                from pg_class c
                join information_schema.columns col on col.table_schema = current_schema() and col.table_name = c.relname and col.column_name = 'tenant_id'
                where c.relkind = 'r' and c.relnamespace = current_schema()::regnamespace
                """;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add((reader.GetString(0), reader.GetInt64(1), reader.GetDouble(2)));
            }
        }

        double bytes = 0;
        foreach (var (name, size, rows) in tables)
        {
            // Row-level security: count(*) sees only the tenant set on this connection.
            var own = await ScalarAsync(connection, $"select count(*) from {Quote(name)}", cancellationToken);
            if (own > 0)
            {
                bytes += rows >= own ? own * (size / rows) : size;
            }
        }

        return (long)Math.Round(bytes);
    }

    private static async Task<long> SqliteAsync(DbConnection connection, string tenantId, CancellationToken cancellationToken)
    {
        var tables = new List<string>();
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "select m.name from sqlite_master m where m.type = 'table' and exists (select 1 from pragma_table_info(m.name) p where p.name = 'tenant_id')";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                tables.Add(reader.GetString(0));
            }
        }

        long own = 0;
        long all = 0;
        foreach (var name in tables)
        {
            own += await ScalarAsync(connection, $"select count(*) from {Quote(name)} where tenant_id = $tenant", cancellationToken, tenantId);
            all += await ScalarAsync(connection, $"select count(*) from {Quote(name)}", cancellationToken);
        }

        var fileBytes = await ScalarAsync(connection, "select page_count * page_size from pragma_page_count(), pragma_page_size()", cancellationToken);
        return all == 0 ? 0 : (long)Math.Round((double)fileBytes * own / all);
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Table names come from the catalogue, quoted; the tenant is bound.")]
    private static async Task<long> ScalarAsync(DbConnection connection, string sql, CancellationToken cancellationToken, string? tenantId = null)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        if (tenantId is not null)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$tenant";
            parameter.Value = tenantId;
            command.Parameters.Add(parameter);
        }

        return Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken), CultureInfo.InvariantCulture);
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
