using System.Data.Common;
using System.Diagnostics.CodeAnalysis;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Tsunagi.Consortium.Data;

namespace Tsunagi.Consortium.Features.LegacyMigration;

/// <summary>
/// Writes staged rows in bulk on the context's connection and current transaction, bypassing change tracking.
/// PostgreSQL: binary COPY into a temporary table, then INSERT … SELECT, because row-level security refuses COPY
/// into the staging table itself (the INSERT is still checked against the transaction's tenant). SQLite: one
/// prepared INSERT per row. Columns, store types and value conversions come from the EF model.
/// </summary>
internal sealed class StagedRowWriter : IAsyncDisposable
{
    private const string Temp = "bulk_legacy_migration_staged_rows";
    private readonly ConsortiumDbContext _db;
    private readonly string _table;
    private readonly (IProperty Property, RelationalTypeMapping Mapping, string Column, string CopyType)[] _columns;
    private DbCommand? _insert;

    public StagedRowWriter(ConsortiumDbContext db)
    {
        _db = db;
        var entity = db.Model.FindEntityType(typeof(LegacyStagedRow))!;
        _table = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(_table, entity.GetSchema());
        _columns = [.. entity.GetProperties().Select(p =>
        {
            var mapping = (RelationalTypeMapping)p.GetRelationalTypeMapping();
            return (p, mapping, p.GetColumnName(store)!, mapping.StoreType.Split('(')[0]);
        })];
    }

    private string ColumnList => string.Join(", ", _columns.Select(c => $"\"{c.Column}\""));

    public async Task WriteAsync(IReadOnlyList<LegacyStagedRow> rows, CancellationToken cancellationToken)
    {
        var connection = _db.Database.GetDbConnection();
        if (connection is NpgsqlConnection npgsql)
        {
            await CopyAsync(npgsql, rows, cancellationToken);
        }
        else
        {
            await InsertAsync(connection, rows, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_insert is not null)
        {
            await _insert.DisposeAsync();
        }
    }

    private object? Value(int column, LegacyStagedRow row)
    {
        var (property, mapping, _, _) = _columns[column];
        var value = property.GetGetter().GetClrValueUsingContainingEntity(row);
        return value is null ? null : mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
    }

    [SuppressMessage("Security", "CA2100", Justification = "Table and column names come from the EF model, never from input; values are copied.")]
    private async Task CopyAsync(NpgsqlConnection connection, IReadOnlyList<LegacyStagedRow> rows, CancellationToken cancellationToken)
    {
        await using (var create = new NpgsqlCommand($"CREATE TEMP TABLE IF NOT EXISTS {Temp} (LIKE \"{_table}\") ON COMMIT DROP; TRUNCATE {Temp}", connection))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var importer = await connection.BeginBinaryImportAsync($"COPY {Temp} ({ColumnList}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var row in rows)
            {
                await importer.StartRowAsync(cancellationToken);
                for (var c = 0; c < _columns.Length; c++)
                {
                    if (Value(c, row) is { } value)
                    {
                        await importer.WriteAsync(value, _columns[c].CopyType, cancellationToken);
                    }
                    else
                    {
                        await importer.WriteNullAsync(cancellationToken);
                    }
                }
            }

            await importer.CompleteAsync(cancellationToken);
        }

        await using var insert = new NpgsqlCommand($"INSERT INTO \"{_table}\" ({ColumnList}) SELECT {ColumnList} FROM {Temp}", connection);
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }

    [SuppressMessage("Security", "CA2100", Justification = "Table and column names come from the EF model, never from input; values are bound.")]
    private async Task InsertAsync(DbConnection connection, IReadOnlyList<LegacyStagedRow> rows, CancellationToken cancellationToken)
    {
        if (_insert is null)
        {
            _insert = connection.CreateCommand();
            _insert.CommandText = $"INSERT INTO \"{_table}\" ({ColumnList}) VALUES ({string.Join(", ", _columns.Select((_, i) => $"@p{i}"))})";
            for (var i = 0; i < _columns.Length; i++)
            {
                _insert.Parameters.Add(_columns[i].Mapping.CreateParameter(_insert, $"@p{i}", null, nullable: true));
            }
        }

        _insert.Transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var row in rows)
        {
            for (var c = 0; c < _columns.Length; c++)
            {
                _insert.Parameters[c].Value = Value(c, row) ?? DBNull.Value;
            }

            await _insert.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
