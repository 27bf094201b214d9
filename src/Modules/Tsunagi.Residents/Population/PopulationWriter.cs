using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Population;

/// <summary>
/// Writes generated households in bulk on the register's own connection and transaction, bypassing change
/// tracking: SQLite through prepared INSERT commands; PostgreSQL through binary COPY into a temporary table and
/// INSERT … SELECT, because row-level security refuses COPY into the tables themselves (the policies still check
/// every row of the INSERT against the tenant of the transaction).
/// </summary>
internal sealed class PopulationWriter : IAsyncDisposable
{
    private readonly ResidentsDbContext _db;
    private readonly BulkTable[] _tables;
    private readonly Dictionary<Type, int> _indexOf;
    private readonly List<object?[]>[] _rows;
    private readonly DbCommand?[] _inserts;

    public PopulationWriter(ResidentsDbContext db)
    {
        _db = db;
        Type[] types = [typeof(Household), typeof(Resident), typeof(ResidencyChange), typeof(DisclosureRestriction)];
        _tables = [.. types.Select(t => new BulkTable(db, t))];
        _indexOf = types.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
        _rows = [.. types.Select(_ => new List<object?[]>())];
        _inserts = new DbCommand?[types.Length];
    }

    private bool IsPostgres => _db.Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;

    public void Add(object entity)
    {
        var index = _indexOf[entity.GetType()];
        var values = new object?[_tables[index].Columns.Count];
        _tables[index].Read(entity, values);
        _rows[index].Add(values);
    }

    /// <summary>Writes what was added, parents first, inside the context's current transaction.</summary>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var connection = _db.Database.GetDbConnection();
        var transaction = _db.Database.CurrentTransaction?.GetDbTransaction();
        for (var i = 0; i < _tables.Length; i++)
        {
            if (_rows[i].Count == 0)
            {
                continue;
            }

            if (IsPostgres)
            {
                await CopyAsync((NpgsqlConnection)connection, _tables[i], _rows[i], cancellationToken);
            }
            else
            {
                await InsertAsync(connection, transaction, i, cancellationToken);
            }

            _rows[i].Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var command in _inserts)
        {
            if (command is not null)
            {
                await command.DisposeAsync();
            }
        }
    }

    private async Task InsertAsync(DbConnection connection, DbTransaction? transaction, int table, CancellationToken cancellationToken)
    {
        var command = _inserts[table] ??= Prepare(connection, _tables[table]);
        command.Transaction = transaction;
        foreach (var row in _rows[table])
        {
            for (var c = 0; c < row.Length; c++)
            {
                command.Parameters[c].Value = row[c] ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Table and column names come from the EF model, never from input; values are bound or copied.")]
    private static DbCommand Prepare(DbConnection connection, BulkTable table)
    {
        var command = connection.CreateCommand();
        var names = table.Columns.Select((_, i) => $"@p{i}").ToList();
        command.CommandText = $"INSERT INTO \"{table.Name}\" ({string.Join(", ", table.Columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", names)})";
        var mappings = table.Mappings;
        for (var i = 0; i < names.Count; i++)
        {
            command.Parameters.Add(mappings[i].CreateParameter(command, names[i], null, nullable: true));
        }

        return command;
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Table and column names come from the EF model, never from input; values are bound or copied.")]
    private static async Task CopyAsync(NpgsqlConnection connection, BulkTable table, List<object?[]> rows, CancellationToken cancellationToken)
    {
        var temp = $"bulk_{table.Name}";
        var columns = string.Join(", ", table.Columns.Select(c => $"\"{c}\""));
        await using (var create = new NpgsqlCommand($"CREATE TEMP TABLE IF NOT EXISTS {temp} (LIKE \"{table.Name}\") ON COMMIT DROP; TRUNCATE {temp}", connection))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        var types = table.StoreTypes.Select(t => t.Split('(')[0]).ToArray();
        await using (var importer = await connection.BeginBinaryImportAsync($"COPY {temp} ({columns}) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var row in rows)
            {
                await importer.StartRowAsync(cancellationToken);
                for (var c = 0; c < row.Length; c++)
                {
                    if (row[c] is null)
                    {
                        await importer.WriteNullAsync(cancellationToken);
                    }
                    else
                    {
                        await importer.WriteAsync(row[c], types[c], cancellationToken);
                    }
                }
            }

            await importer.CompleteAsync(cancellationToken);
        }

        await using var insert = new NpgsqlCommand($"INSERT INTO \"{table.Name}\" ({columns}) SELECT {columns} FROM {temp}", connection);
        await insert.ExecuteNonQueryAsync(cancellationToken);
    }
}
