using System.Data.Common;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Security;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Continuity.Export;

/// <summary>
/// Loads an export into a deployment where the municipality does not exist yet: the manifest and every file's row count and
/// SHA-256 are checked first, the schema and the master key must match, then every row goes in within one transaction (all or
/// nothing). Run in the municipality's tenant scope. The import is audited in the consortium's chain, not the municipality's,
/// so the imported chain stays exactly the exported one.
/// </summary>
public sealed class TenantImporter(IServiceProvider scope, ITenantContext tenant, PlatformDbContext platform, MasterKey masterKey, IServiceProvider services)
{
    public async Task<ExportManifest> ImportAsync(string directory, CancellationToken cancellationToken = default)
    {
        var manifest = await ExportVerification.VerifyAsync(directory, cancellationToken);
        if (manifest.Municipality != tenant.TenantId)
        {
            throw new ExportRefusedException("エクスポートの団体コードが指定と異なります。 / The export is of another municipality.");
        }

        var tables = TenantTables.Discover(scope);
        var schema = await TenantExporter.SchemaAsync(tables, cancellationToken);
        if (!schema.OrderBy(s => s.Key).SequenceEqual(manifest.Schema.OrderBy(s => s.Key)))
        {
            throw new ExportRefusedException("エクスポート元とこの環境のデータベース構成（マイグレーション）が一致しません。同じ版のつなぎで取り込んでください。 / The schema (migrations) differs from the export's.");
        }

        if (manifest.MasterKeyFingerprint != TenantExporter.Fingerprint(masterKey))
        {
            throw new ExportRefusedException("エクスポート元とマスター鍵が異なるため、個人番号の鍵を復号できません。TSUNAGI_MASTER_KEY をエクスポート元と同じにしてください。 / The master key differs from the source's; set TSUNAGI_MASTER_KEY to the source's key.");
        }

        if (await platform.Municipalities.AnyAsync(m => m.Code == manifest.Municipality, cancellationToken))
        {
            throw new ExportRefusedException($"団体 {manifest.Municipality} はこの環境に既にあります。取り込みは団体のない環境にだけ行えます。 / Municipality {manifest.Municipality} already exists here.");
        }

        var byFile = manifest.Files.ToDictionary(f => f.File, StringComparer.Ordinal);
        var missing = tables.Where(t => !byFile.ContainsKey(t.FileName)).Select(t => t.FileName).ToList();
        var unknown = byFile.Keys.Except(tables.Select(t => t.FileName), StringComparer.Ordinal).ToList();
        if (missing.Count > 0 || unknown.Count > 0)
        {
            throw new ExportRefusedException($"エクスポートのテーブル構成がこの環境と一致しません（{string.Join(", ", missing.Concat(unknown))}）。 / Tables differ from this deployment's.");
        }

        await platform.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var transaction = await platform.Database.BeginTransactionAsync(cancellationToken);
            var db = transaction.GetDbTransaction();
            foreach (var table in tables)
            {
                await ImportTableAsync(table, Path.Combine(directory, table.FileName), db, cancellationToken);
            }

            await transaction.CommitAsync(CancellationToken.None);
        }
        finally
        {
            await platform.Database.CloseConnectionAsync();
        }

        var consortium = await platform.Municipalities.Where(m => m.Code == manifest.Municipality).Select(m => m.ConsortiumId).FirstAsync(cancellationToken);
        await services.InTenantScopeAsync(consortium, TenantKind.Consortium, async sp =>
        {
            await sp.GetRequiredService<AuditTrail>().RecordAsync(new AuditEntry("tenant.import", "municipality", manifest.Municipality), cancellationToken);
            return 0;
        });
        return manifest;
    }

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "Table and column names come from the EF model, delimited by the provider; values are parameters.")]
    private static async Task ImportTableAsync(TenantTable table, string path, DbTransaction transaction, CancellationToken cancellationToken)
    {
        var sql = table.Context.GetService<ISqlGenerationHelper>();
        var mappings = table.Context.GetService<IRelationalTypeMappingSource>();
        await using var command = transaction.Connection!.CreateCommand();
        command.Transaction = transaction;
        command.CommandText =
            $"INSERT INTO {sql.DelimitIdentifier(table.Table.Name, table.Table.Schema)} ({string.Join(", ", table.Columns.Select(c => sql.DelimitIdentifier(c.Name)))}) " +
            $"VALUES ({string.Join(", ", table.Columns.Select((_, i) => "@p" + i))})";
        if (table.Scope == TableScope.Consortium)
        {
            // The consortium may already be here (another member town was imported first): keep it.
            command.CommandText += $" ON CONFLICT ({string.Join(", ", table.KeyColumns.Select(c => sql.DelimitIdentifier(c)))}) DO NOTHING";
        }

        await foreach (var line in File.ReadLinesAsync(path, cancellationToken))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var row = JsonDocument.Parse(line);
            command.Parameters.Clear();
            for (var i = 0; i < table.Columns.Count; i++)
            {
                var column = table.Columns[i];
                var value = row.RootElement.TryGetProperty(column.Name, out var element) ? ColumnValues.Parse(element, column) : null;
                var mapping = mappings.FindMapping(ColumnValues.ProviderType(column), column.StoreType) ?? mappings.FindMapping(ColumnValues.ProviderType(column))!;
                command.Parameters.Add(mapping.CreateParameter(command, "p" + i, value, column.IsNullable));
            }

            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
