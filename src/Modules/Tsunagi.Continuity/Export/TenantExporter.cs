using System.Data.Common;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Security;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Continuity.Export;

/// <summary>
/// Writes all of one municipality's data, from every registered DbContext, as one JSON Lines file per table plus
/// <c>manifest.json</c>. Run in the municipality's tenant scope (row-level security then shows its rows only). Rows are ordered by
/// primary key and columns by name, so exporting the same data twice gives byte-identical files. The export is audited after
/// the files are written, so the export never contains its own audit event.
/// </summary>
public sealed class TenantExporter(IServiceProvider scope, ITenantContext tenant, PlatformDbContext platform, AuditTrail audit, MasterKey masterKey, TimeProvider time)
{
    public async Task<ExportManifest> ExportAsync(string directory, CancellationToken cancellationToken = default)
    {
        var code = tenant.TenantId;
        var consortiumId = await platform.Municipalities.Where(m => m.Code == code).Select(m => m.ConsortiumId).FirstOrDefaultAsync(cancellationToken)
            ?? throw new ExportRefusedException($"団体コード {code} の団体はこの環境にありません。 / Municipality {code} does not exist here.");
        if (Directory.Exists(directory) && Directory.EnumerateFileSystemEntries(directory).Any())
        {
            throw new ExportRefusedException("出力先のフォルダが空ではありません。空のフォルダを指定してください。 / The output directory is not empty.");
        }

        Directory.CreateDirectory(directory);
        var files = new List<ExportFile>();
        var tables = TenantTables.Discover(scope);
        await platform.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            // One read transaction: every table is read from the same snapshot.
            await using var transaction = await platform.Database.BeginTransactionAsync(cancellationToken);
            foreach (var table in tables)
            {
                if (!ReferenceEquals(table.Context, platform))
                {
                    await table.Context.Database.UseTransactionAsync(transaction.GetDbTransaction(), cancellationToken);
                }

                var key = table.Scope == TableScope.Consortium ? consortiumId : code;
                files.Add(await WriteTableAsync(table, key, transaction.GetDbTransaction(), directory, cancellationToken));
            }

            await transaction.CommitAsync(cancellationToken);
        }
        finally
        {
            foreach (var context in tables.Select(t => t.Context).Distinct().Where(c => !ReferenceEquals(c, platform)))
            {
                await context.Database.UseTransactionAsync(null, CancellationToken.None);
            }

            await platform.Database.CloseConnectionAsync();
        }

        var manifest = new ExportManifest(
            ExportManifest.FormatName, ExportManifest.CurrentFormatVersion, code, time.GetUtcNow(),
            await SchemaAsync(tables, cancellationToken), Fingerprint(masterKey), files);
        await File.WriteAllTextAsync(Path.Combine(directory, ExportManifest.FileName), JsonSerializer.Serialize(manifest, ExportJson.Options), cancellationToken);
        await audit.RecordAsync(new AuditEntry("tenant.export", "municipality", code), cancellationToken);
        return manifest;
    }

    internal static string Fingerprint(MasterKey key) => Convert.ToHexStringLower(key.DeriveKey("tsunagi/key-fingerprint/v1").AsSpan(0, 8));

    internal static async Task<IReadOnlyDictionary<string, string>> SchemaAsync(IReadOnlyList<TenantTable> tables, CancellationToken cancellationToken)
    {
        var schema = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, context) in tables.Select(t => (t.ContextName, t.Context)).Distinct())
        {
            schema[name] = (await context.Database.GetAppliedMigrationsAsync(cancellationToken)).LastOrDefault() ?? string.Empty;
        }

        return schema;
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Table and column names come from the EF model, delimited by the provider; values are parameters.")]
    private static async Task<ExportFile> WriteTableAsync(TenantTable table, string key, DbTransaction transaction, string directory, CancellationToken cancellationToken)
    {
        var sql = table.Context.GetService<ISqlGenerationHelper>();
        var filterColumn = table.Scope switch
        {
            TableScope.Tenant => TenantModel.ColumnName,
            _ => table.KeyColumns[0],
        };
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            $"SELECT {string.Join(", ", table.Columns.Select(c => sql.DelimitIdentifier(c.Name)))} FROM {sql.DelimitIdentifier(table.Table.Name, table.Table.Schema)} " +
            $"WHERE {sql.DelimitIdentifier(filterColumn)} = @key ORDER BY {string.Join(", ", table.KeyColumns.Select(c => sql.DelimitIdentifier(c)))}";
        var parameter = command.CreateParameter();
        parameter.ParameterName = "key";
        parameter.Value = key;
        command.Parameters.Add(parameter);

        var path = Path.Combine(directory, table.FileName);
        long rows = 0;
        await using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            var buffer = new MemoryStream();
            while (await reader.ReadAsync(cancellationToken))
            {
                buffer.SetLength(0);
                await using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = ExportJson.Options.Encoder }))
                {
                    writer.WriteStartObject();
                    for (var i = 0; i < table.Columns.Count; i++)
                    {
                        writer.WritePropertyName(table.Columns[i].Name);
                        ColumnValues.Write(writer, ColumnValues.Read(reader, i, table.Columns[i]));
                    }

                    writer.WriteEndObject();
                }

                buffer.WriteByte((byte)'\n');
                buffer.Position = 0;
                await buffer.CopyToAsync(file, cancellationToken);
                rows++;
            }

            file.Flush(flushToDisk: true);
        }

        return new ExportFile(table.FileName, table.ContextName, table.Table.Name, table.Scope.ToString(), rows, await Sha256Async(path, cancellationToken));
    }

    internal static async Task<string> Sha256Async(string path, CancellationToken cancellationToken)
    {
        await using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
    }
}
