using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Consortium.Data;
using Tsunagi.Platform.Japanese;
using Tsunagi.Residents.Contracts.LegacyImport;

namespace Tsunagi.Consortium.Features.LegacyMigration;

/// <summary>
/// Legacy data migration of the current municipality. <see cref="DryRunAsync"/> validates and imports nothing;
/// <c>RunAsync</c> validates, stages the valid households (resumable, <see cref="LegacyStaging"/>) and moves them
/// into the register in one transaction through <see cref="ILegacyResidentImport"/>, all or nothing.
/// </summary>
public sealed class LegacyMigrationService(
    ConsortiumDbContext db,
    ILegacyResidentImport register,
    LegacyStaging staging,
    TimeProvider time)
{
    /// <summary>The largest legacy file accepted (upload and CLI).</summary>
    public const long MaxFileBytes = 512L * 1024 * 1024;

    public Task<ValidationReport> DryRunAsync(ReadOnlyMemory<byte> file, MigrationMapping mapping, IProgress<MigrationProgress>? progress = null, CancellationToken cancellationToken = default) =>
        ValidateAsync(file, mapping, progress, cancellationToken);

    public Task<MigrationOutcome> RunAsync(ReadOnlyMemory<byte> file, string fileName, MigrationMapping mapping, string startedBy, IProgress<MigrationProgress>? progress = null, CancellationToken cancellationToken = default) =>
        RunAsync(file, fileName, mapping, startedBy, progress, new MigrationHooks(), cancellationToken);

    internal async Task<MigrationOutcome> RunAsync(ReadOnlyMemory<byte> file, string fileName, MigrationMapping mapping, string startedBy, IProgress<MigrationProgress>? progress, MigrationHooks hooks, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(hooks);
        var (text, validator) = Prepare(file, mapping);
        var report = await validator.ValidateAsync(text, mapping, ValidationProgress(progress), cancellationToken);
        if (report.Households.Count == 0)
        {
            progress?.Report(new MigrationProgress(MigrationPhase.Finished, 0, 0));
            return new MigrationOutcome(report, 0, 0, report.AlreadyImported, Resumed: false);
        }

        var sha = Convert.ToHexStringLower(SHA256.HashData(file.Span));
        var run = await db.Set<LegacyMigrationRun>().Where(r => r.FileSha256 == sha && r.Status == LegacyMigrationRunStatus.Staging).FirstOrDefaultAsync(cancellationToken);
        var resumed = run is not null;
        run ??= await staging.StartAsync(sha, fileName, startedBy, cancellationToken);
        if (resumed && run.RowsStaged > 0 && !await db.Set<LegacyStagedRow>().AnyAsync(s => s.RunId == run.Id, cancellationToken))
        {
            run.RowsStaged = 0; // staged before migration LegacyStagingColumns, which dropped the rows
        }

        var done = report.Households.Sum(h => h.Count(r => r <= run.RowsStaged));
        await staging.StageAsync(run, validator.ImportableRows(text, mapping, report, run.RowsStaged), done, report.ImportableRows, progress, hooks.AfterStagedChunk, cancellationToken);
        var total = report.ImportableRows;
        progress?.Report(new MigrationProgress(MigrationPhase.Importing, 0, total));
        LegacyImportOutcome outcome;
        try
        {
            var progressOfImport = new SyncProgress<int>(n => progress?.Report(new MigrationProgress(MigrationPhase.Importing, n, total)));
            Func<System.Data.Common.DbTransaction, LegacyImportOutcome, CancellationToken, Task> finish = async (_, result, ct) =>
            {
                await staging.FinishAsync(run, result, ct);
                if (hooks.BeforeCommit is { } fail)
                {
                    await fail();
                }
            };

            // PostgreSQL: the register's values were computed while staging, so the import is set-based (one INSERT … SELECT
            // per table from the staged rows); SQLite reads the staged households back and enters them row by row.
            outcome = db.Database.IsNpgsql() && !hooks.RowByRow
                ? await register.ImportStagedAsync((tx, ct) => staging.CreateEntriesViewAsync(run.Id, tx, ct), finish, progressOfImport, cancellationToken)
                : await register.ImportAsync(tx => staging.ReadHouseholdsAsync(run.Id, tx, cancellationToken), finish, progressOfImport, cancellationToken);
        }
        finally
        {
            await staging.DetachAsync();
        }

        progress?.Report(new MigrationProgress(MigrationPhase.Finished, outcome.Residents, total));
        return new MigrationOutcome(report, outcome.Households, outcome.Residents, report.AlreadyImported + outcome.AlreadyImported, resumed);
    }

    private async Task<ValidationReport> ValidateAsync(ReadOnlyMemory<byte> file, MigrationMapping mapping, IProgress<MigrationProgress>? progress, CancellationToken cancellationToken)
    {
        var (text, validator) = Prepare(file, mapping);
        return await validator.ValidateAsync(text, mapping, ValidationProgress(progress), cancellationToken);
    }

    private (LegacyText Text, LegacyFileValidator Validator) Prepare(ReadOnlyMemory<byte> file, MigrationMapping mapping)
    {
        ArgumentNullException.ThrowIfNull(mapping);
        if (file.Length > MaxFileBytes)
        {
            throw new MappingException($"移行ファイル：大きすぎます（上限 {MaxFileBytes / 1024 / 1024} MB）。");
        }

        return (new LegacyText(file, mapping.Encoding), new LegacyFileValidator(register, TokyoTime.Today(time)));
    }

    private static SyncProgress<int> ValidationProgress(IProgress<MigrationProgress>? progress) =>
        new(n => progress?.Report(new MigrationProgress(MigrationPhase.Validating, n, 0)));
}
