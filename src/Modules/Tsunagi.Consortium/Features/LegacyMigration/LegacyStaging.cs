using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Consortium.Data;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Security;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Contracts.LegacyImport;

namespace Tsunagi.Consortium.Features.LegacyMigration;

/// <summary>
/// The staging side of a real run: validated rows go in chunks into <c>legacy_migration_staged_rows</c> (typed columns,
/// 個人番号 encrypted with the tenant key; written by <see cref="StagedRowWriter"/>: binary COPY on PostgreSQL), each
/// chunk one transaction that also moves the run's checkpoint; the final
/// transaction reads them back household by household and deletes them once entered.
/// </summary>
public sealed class LegacyStaging(ConsortiumDbContext db, UnitOfWork unitOfWork, PersonalDataProtector protector, ILegacyResidentImport register, ITenantContext tenant, TimeProvider time)
{
    public const int ChunkRows = 5_000;

    /// <summary>The temporary view of a run's staged rows the register's set-based import reads (PostgreSQL).</summary>
    private const string EntriesView = "legacy_register_entries";

    /// <summary>Rows per staging transaction (and per page read back); tests make it small to interrupt a run between chunks.</summary>
    internal int ChunkSize { get; set; } = ChunkRows;

    public async Task<LegacyMigrationRun> StartAsync(string sha, string fileName, string startedBy, CancellationToken cancellationToken)
    {
        var run = new LegacyMigrationRun
        {
            TenantId = tenant.TenantId,
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            FileSha256 = sha,
            FileName = fileName.Length > 200 ? fileName[..200] : fileName,
            Status = LegacyMigrationRunStatus.Staging,
            StartedBy = startedBy,
            StartedAt = time.GetUtcNow(),
        };
        await unitOfWork.RunAsync(db, _ =>
        {
            db.Add(run);
            return Task.FromResult(true);
        }, cancellationToken);
        return run;
    }

    /// <summary>Stages the rows given (the importable rows after the run's checkpoint, in file order); <paramref name="total"/> counts all importable rows, <paramref name="done"/> those staged before.</summary>
    public async Task StageAsync(LegacyMigrationRun run, IEnumerable<LegacyRow> rows, int done, int total, IProgress<MigrationProgress>? progress, Func<int, Task>? afterChunk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(rows);
        progress?.Report(new MigrationProgress(MigrationPhase.Staging, done, total));
        await using var writer = new StagedRowWriter(db);
        foreach (var chunk in rows.Chunk(ChunkSize))
        {
            var staged = new LegacyStagedRow[chunk.Length];
            for (var i = 0; i < chunk.Length; i++)
            {
                var person = await PersonAsync(chunk[i], cancellationToken);
                var household = RegisterHouseholdIds.For(run, chunk[i].HouseholdId);
                staged[i] = LegacyStagedRow.From(tenant.TenantId, run.Id, chunk[i].Row, chunk[i].HouseholdId, person, household, register.Prepare(person, household, run.StartedAt));
            }

            await unitOfWork.RunAsync(db, async ct =>
            {
                await writer.WriteAsync(staged, ct);
                db.Attach(run);
                run.RowsStaged = chunk[^1].Row;
                return true;
            }, cancellationToken);
            db.ChangeTracker.Clear();
            done += chunk.Length;
            progress?.Report(new MigrationProgress(MigrationPhase.Staging, done, total));
            if (afterChunk is not null)
            {
                await afterChunk(run.RowsStaged);
            }
        }
    }

    /// <summary>
    /// The staged households of a run, in pages, inside the register's transaction. Each page is one range scan of the
    /// (tenant, run, 世帯番号, row) index from the last household read, skipping its rows already read: a condition
    /// with OR (「after this household, or this household after this row」) is not an index range on PostgreSQL, and
    /// made every page scan and sort all staged rows of the run.
    /// </summary>
    public async IAsyncEnumerable<IReadOnlyList<LegacyHousehold>> ReadHouseholdsAsync(Guid runId, DbTransaction transaction, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        var (lastHousehold, seen) = (string.Empty, 0);
        var pending = new List<LegacyStagedRow>();
        while (true)
        {
            var (h, skip) = (lastHousehold, seen);
            var page = await db.Set<LegacyStagedRow>().AsNoTracking()
                .Where(s => s.RunId == runId && string.Compare(s.HouseholdId, h) >= 0)
                .OrderBy(s => s.HouseholdId).ThenBy(s => s.Row)
                .Skip(skip).Take(ChunkSize).ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            var last = page[^1].HouseholdId;
            var ofLast = page.Count - (page.FindLastIndex(s => s.HouseholdId != last) + 1);
            (lastHousehold, seen) = (last, last == lastHousehold ? seen + ofLast : ofLast);
            pending.AddRange(page);
            var complete = page.Count < ChunkSize ? pending.Count : pending.FindLastIndex(s => s.HouseholdId != lastHousehold) + 1;
            yield return [.. pending.Take(complete).GroupBy(s => s.HouseholdId).Select(g => new LegacyHousehold(g.Key, [.. g.Select(Person)]))];
            pending.RemoveRange(0, complete);
        }

        if (pending.Count > 0)
        {
            yield return [.. pending.GroupBy(s => s.HouseholdId).Select(g => new LegacyHousehold(g.Key, [.. g.Select(Person)]))];
        }
    }

    /// <summary>
    /// PostgreSQL, inside the register's transaction: a temporary view of the run's staged rows (their columns are those
    /// <see cref="ILegacyResidentImport.ImportStagedAsync"/> reads; row-level security keeps it to the tenant), dropped
    /// by <see cref="FinishAsync"/> or with the transaction on rollback.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Security", "EF1002", Justification = "The only value is a Guid formatted by the code, never input.")]
    public async Task<string> CreateEntriesViewAsync(Guid runId, DbTransaction transaction, CancellationToken cancellationToken)
    {
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        var sql = "CREATE OR REPLACE TEMP VIEW " + EntriesView + " AS SELECT * FROM legacy_migration_staged_rows WHERE run_id = '" + runId.ToString("D") + "'";
        await db.Database.ExecuteSqlRawAsync(sql, cancellationToken);
        return EntriesView;
    }

    /// <summary>Inside the final transaction: the staged rows go, the run is marked imported with its counts.</summary>
    public async Task FinishAsync(LegacyMigrationRun run, LegacyImportOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(outcome);
        if (db.Database.IsNpgsql())
        {
            await db.Database.ExecuteSqlRawAsync("DROP VIEW IF EXISTS " + EntriesView, cancellationToken);
        }

        await db.Set<LegacyStagedRow>().Where(s => s.RunId == run.Id).ExecuteDeleteAsync(cancellationToken);
        db.ChangeTracker.Clear();
        db.Attach(run);
        run.Status = LegacyMigrationRunStatus.Imported;
        run.Households = outcome.Households;
        run.Imported = outcome.Residents;
        run.AlreadyImported = outcome.AlreadyImported;
        run.FinishedAt = time.GetUtcNow();
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task DetachAsync()
    {
        db.ChangeTracker.Clear();
        await db.Database.UseTransactionAsync(null);
    }

    private async Task<LegacyPerson> PersonAsync(LegacyRow row, CancellationToken cancellationToken)
    {
        if (row.IndividualNumber is not { } number)
        {
            return row.Person;
        }

        return row.Person with
        {
            IndividualNumberCipher = await protector.EncryptAsync(PersonalDataPurpose.IndividualNumber, number.Value, cancellationToken),
            IndividualNumberIndex = await protector.BlindIndexAsync(PersonalDataPurpose.IndividualNumber, number.Value, cancellationToken),
        };
    }

    private static LegacyPerson Person(LegacyStagedRow row) => row.ToPerson();
}
