using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Continuity.Verification;

/// <summary>
/// The migrations a copy has applied, per context, against the ones this version of the code knows. Migrations the code does not
/// know fail the check (this version could not serve the copy); pending ones are a note: restoring it needs ./tsunagi migrate.
/// </summary>
public static class MigrationCheck
{
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "CA2100", Justification = "History table names come from the registrations, quoted.")]
    public static async Task<IReadOnlyList<VerificationFinding>> CheckAsync(DbConnection copy, IServiceProvider scope, CancellationToken cancellationToken)
    {
        var contexts = new List<(string Name, string History, DbContext Context)>
        {
            ("platform", HistoryRepository.DefaultTableName, scope.GetRequiredService<PlatformDbContext>()),
        };
        contexts.AddRange(scope.GetServices<ModuleDatabase>().Select(m => (m.Name, m.HistoryTable, (DbContext)scope.GetRequiredService(m.ContextType))));
        var findings = new List<VerificationFinding>();
        foreach (var (name, history, context) in contexts)
        {
            var known = context.Database.GetMigrations().ToList();
            var applied = new List<string>();
            try
            {
                await using var command = copy.CreateCommand();
                command.CommandText = $"SELECT \"MigrationId\" FROM \"{history}\"";
                await using var reader = await command.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    applied.Add(reader.GetString(0));
                }
            }
            catch (DbException)
            {
                // No history table: the copy predates this context; every migration is pending.
            }

            var unknown = applied.Except(known, StringComparer.Ordinal).ToList();
            var pending = known.Except(applied, StringComparer.Ordinal).ToList();
            if (unknown.Count > 0)
            {
                findings.Add(new VerificationFinding(true, $"移行 {name}: このバージョンが知らない移行が適用されています（{string.Join(", ", unknown)}） / migrations {name}: unknown to this version: {string.Join(", ", unknown)}"));
            }

            if (pending.Count > 0)
            {
                findings.Add(new VerificationFinding(false, $"移行 {name}: 未適用 {pending.Count} 件（復元後に ./tsunagi migrate が必要） / migrations {name}: {pending.Count} pending (run migrate after restoring)"));
            }
        }

        return findings;
    }
}
