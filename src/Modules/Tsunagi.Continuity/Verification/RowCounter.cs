using System.Data.Common;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Tsunagi.Continuity.Export;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Continuity.Verification;

/// <summary>Rows per tenant in every tenant table the EF models know (<see cref="TenantTables"/>), counted on any connection: a copy or the live file.</summary>
public static class RowCounter
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Table names come from the EF model, delimited by the provider.")]
    public static async Task<IReadOnlyList<TableCount>> CountAsync(DbConnection connection, IReadOnlyList<TenantTable> tables, CancellationToken cancellationToken)
    {
        var counts = new List<TableCount>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var table in tables.Where(t => t.Scope == TableScope.Tenant && seen.Add(t.Table.Name)))
        {
            if (!await ExistsAsync(connection, table.Table.Name, cancellationToken))
            {
                continue;
            }

            var sql = table.Context.GetService<ISqlGenerationHelper>();
            var tenant = sql.DelimitIdentifier(TenantModel.ColumnName);
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT {tenant}, COUNT(*) FROM {sql.DelimitIdentifier(table.Table.Name, table.Table.Schema)} GROUP BY {tenant}";
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                counts.Add(new TableCount(table.Table.Name, reader.GetString(0), reader.GetInt64(1)));
            }
        }

        return [.. counts.OrderBy(c => c.Table, StringComparer.Ordinal).ThenBy(c => c.Tenant, StringComparer.Ordinal)];
    }

    /// <summary>A copy taken before a later migration lacks that migration's tables; the expected counts lack them too.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Constant SQL; the name is a parameter.")]
    private static async Task<bool> ExistsAsync(DbConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        const string Postgres = "SELECT to_regclass(@name) IS NOT NULL";
        const string Sqlite = "SELECT COUNT(*) > 0 FROM sqlite_master WHERE type = 'table' AND name = @name";
        command.CommandText = connection is Npgsql.NpgsqlConnection ? Postgres : Sqlite;
        var parameter = command.CreateParameter();
        parameter.ParameterName = "name";
        parameter.Value = connection is Npgsql.NpgsqlConnection ? "\"" + table + "\"" : table;
        command.Parameters.Add(parameter);
        return Convert.ToBoolean(await command.ExecuteScalarAsync(cancellationToken), System.Globalization.CultureInfo.InvariantCulture);
    }
}
