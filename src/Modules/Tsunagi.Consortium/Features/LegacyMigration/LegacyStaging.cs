using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Consortium.Data;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Security;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Contracts.LegacyImport;

namespace Tsunagi.Consortium.Features.LegacyMigration;

/// <summary>
/// The staging side of a real run: validated rows go in chunks into <c>legacy_migration_staged_rows</c> (個人番号
/// encrypted with the tenant key), each chunk one transaction that also moves the run's checkpoint; the final
/// transaction reads them back household by household and deletes them once entered.
/// </summary>
public sealed class LegacyStaging(ConsortiumDbContext db, UnitOfWork unitOfWork, PersonalDataProtector protector, ITenantContext tenant, TimeProvider time)
{
    public const int ChunkRows = 5_000;

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

    /// <summary>Stages the importable rows after the run's checkpoint, in file order.</summary>
    public async Task StageAsync(LegacyMigrationRun run, ValidationReport report, IProgress<MigrationProgress>? progress, Func<int, Task>? afterChunk, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(report);
        var rows = report.Households.SelectMany(h => h).OrderBy(r => r.Row).ToList();
        var done = rows.Count(r => r.Row <= run.RowsStaged);
        progress?.Report(new MigrationProgress(MigrationPhase.Staging, done, rows.Count));
        foreach (var chunk in rows.Where(r => r.Row > run.RowsStaged).Chunk(ChunkSize))
        {
            await unitOfWork.RunAsync(db, async ct =>
            {
                foreach (var row in chunk)
                {
                    db.Add(new LegacyStagedRow { TenantId = tenant.TenantId, RunId = run.Id, Row = row.Row, HouseholdId = row.HouseholdId, PersonJson = JsonSerializer.Serialize(await PersonAsync(row, ct)) });
                }

                db.Attach(run);
                run.RowsStaged = chunk[^1].Row;
                return true;
            }, cancellationToken);
            db.ChangeTracker.Clear();
            done += chunk.Length;
            progress?.Report(new MigrationProgress(MigrationPhase.Staging, done, rows.Count));
            if (afterChunk is not null)
            {
                await afterChunk(run.RowsStaged);
            }
        }
    }

    /// <summary>The staged households of a run, in pages, inside the register's transaction.</summary>
    public async IAsyncEnumerable<IReadOnlyList<LegacyHousehold>> ReadHouseholdsAsync(Guid runId, DbTransaction transaction, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await db.Database.UseTransactionAsync(transaction, cancellationToken);
        var (lastHousehold, lastRow) = (string.Empty, 0);
        var pending = new List<LegacyStagedRow>();
        while (true)
        {
            var (h, r) = (lastHousehold, lastRow);
            var page = await db.Set<LegacyStagedRow>().AsNoTracking()
                .Where(s => s.RunId == runId && (string.Compare(s.HouseholdId, h) > 0 || (s.HouseholdId == h && s.Row > r)))
                .OrderBy(s => s.HouseholdId).ThenBy(s => s.Row)
                .Take(ChunkSize).ToListAsync(cancellationToken);
            if (page.Count == 0)
            {
                break;
            }

            (lastHousehold, lastRow) = (page[^1].HouseholdId, page[^1].Row);
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

    /// <summary>Inside the final transaction: the staged rows go, the run is marked imported with its counts.</summary>
    public async Task FinishAsync(LegacyMigrationRun run, LegacyImportOutcome outcome, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(outcome);
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
        byte[]? cipher = null;
        byte[]? index = null;
        if (row.IndividualNumber is { } number)
        {
            cipher = await protector.EncryptAsync(PersonalDataPurpose.IndividualNumber, number.Value, cancellationToken);
            index = await protector.BlindIndexAsync(PersonalDataPurpose.IndividualNumber, number.Value, cancellationToken);
        }

        return new LegacyPerson(row.LegacyId, row.FamilyName, row.GivenName, row.FamilyNameKana, row.GivenNameKana, row.FormerFamilyName, row.DateOfBirth,
            row.IsFemale, row.Relationship, row.PostalCode, row.Locality, row.Lot, row.AddressSupplement, row.RegisteredDomicile, row.FamilyRegisterHead,
            row.ResidentRecordCode, row.EnteredOn, row.AddressSetOn, cipher, index);
    }

    private static LegacyPerson Person(LegacyStagedRow row) => JsonSerializer.Deserialize<LegacyPerson>(row.PersonJson)!;
}
