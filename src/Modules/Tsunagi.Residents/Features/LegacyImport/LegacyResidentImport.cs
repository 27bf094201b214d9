using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Addresses;
using Tsunagi.Residents.Contracts.LegacyImport;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Population;

namespace Tsunagi.Residents.Features.LegacyImport;

/// <summary>
/// Implements <see cref="ILegacyResidentImport"/>: people enter as 職権記載（移行） dated on their legacy date of entry,
/// written in bulk (<see cref="PopulationWriter"/>: PostgreSQL binary COPY into a temporary table, then INSERT … SELECT
/// under the tenant's row-level security; SQLite prepared inserts) inside one <see cref="UnitOfWork"/> transaction.
/// The legacy id is kept as the entry's idempotency key (<see cref="LegacyKeys"/>), which makes a re-run skip it.
/// </summary>
public sealed class LegacyResidentImport(
    ResidentsDbContext db,
    UnitOfWork unitOfWork,
    AuditTrail audit,
    ITenantContext tenant,
    TimeProvider time,
    PostalCodeDirectory postal) : ILegacyResidentImport
{
    public const string AuditAction = "residents.legacy-imported";

    // One array parameter on PostgreSQL (= ANY), one JSON parameter on SQLite: large chunks mean fewer round trips (a
    // 1,000,000-row file asked 4,000 questions with chunks of 500 before its first staged row).
    private const int QueryChunk = 10_000;

    public async Task<LegacyRegisterMatches> FindExistingAsync(IReadOnlyCollection<string> legacyIds, IReadOnlyCollection<string> residentRecordCodes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(legacyIds);
        ArgumentNullException.ThrowIfNull(residentRecordCodes);
        var imported = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in legacyIds.Select(LegacyKeys.For).Chunk(QueryChunk))
        {
            var keys = await db.ResidencyChanges.AsNoTracking()
                .Where(c => c.Kind == ChangeKind.MigratedEntry && chunk.Contains(c.IdempotencyKey))
                .Select(c => c.IdempotencyKey!).ToListAsync(cancellationToken);
            imported.UnionWith(keys.Select(LegacyKeys.LegacyIdOf));
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var chunk in residentRecordCodes.Chunk(QueryChunk))
        {
            codes.UnionWith(await db.Residents.AsNoTracking()
                .Where(r => chunk.Contains(r.ResidentRecordCode))
                .Select(r => r.ResidentRecordCode!).ToListAsync(cancellationToken));
        }

        return new LegacyRegisterMatches(imported, codes);
    }

    public IReadOnlyList<string> KnownLocalities() => postal.LocalitiesOf(tenant.TenantId);

    public IReadOnlyList<string> KnownRelationships() => Relationships.All;

    public Task<LegacyImportOutcome> ImportAsync(
        Func<DbTransaction, IAsyncEnumerable<IReadOnlyList<LegacyHousehold>>> households,
        Func<DbTransaction, LegacyImportOutcome, CancellationToken, Task> beforeCommit,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(households);
        ArgumentNullException.ThrowIfNull(beforeCommit);
        return unitOfWork.RunAsync(db, async ct =>
        {
            var transaction = db.Database.CurrentTransaction!.GetDbTransaction();
            var entries = new LegacyEntries(tenant.TenantId, TokyoTime.Today(time), time.GetUtcNow());
            var outcome = new LegacyImportOutcome(0, 0, 0);
            await using var writer = new PopulationWriter(db);
            await foreach (var batch in households(transaction).WithCancellation(ct))
            {
                var existing = await FindExistingAsync([.. batch.SelectMany(h => h.Members).Select(m => m.LegacyId)], [], ct);
                foreach (var household in batch)
                {
                    outcome = entries.Add(household, existing.ImportedLegacyIds, writer, outcome);
                }

                await writer.FlushAsync(ct);
                progress?.Report(outcome.Residents + outcome.AlreadyImported);
            }

            await audit.AppendAsync(new AuditEntry(AuditAction, "municipality", tenant.TenantId, Purpose: $"households={outcome.Households};residents={outcome.Residents};skipped={outcome.AlreadyImported}"), ct);
            await beforeCommit(transaction, outcome, ct);
            return outcome;
        }, cancellationToken);
    }

    public LegacyRegisterEntry Prepare(LegacyPerson person, Guid householdId, DateTimeOffset recordedAt)
    {
        ArgumentNullException.ThrowIfNull(person);
        var (resident, change) = LegacyEntries.Register(tenant.TenantId, TokyoTime.Today(time), recordedAt, person, householdId);
        return new LegacyRegisterEntry(resident.Id, change.Id, resident.NameKey, resident.KanaKey, resident.GivenNameKey, resident.GivenKanaKey,
            resident.AddressLine, resident.RecordJson, change.LateNotification);
    }

    public Task<LegacyImportOutcome> ImportStagedAsync(
        Func<DbTransaction, CancellationToken, Task<string>> stagedEntries,
        Func<DbTransaction, LegacyImportOutcome, CancellationToken, Task> beforeCommit,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stagedEntries);
        ArgumentNullException.ThrowIfNull(beforeCommit);
        return unitOfWork.RunAsync(db, async ct =>
        {
            if (db.Database.CurrentTransaction!.GetDbTransaction() is not NpgsqlTransaction transaction)
            {
                throw new NotSupportedException("The set-based legacy import needs PostgreSQL; use ImportAsync.");
            }

            var entries = await stagedEntries(transaction, ct);
            var (households, residents, staged) = await LegacyStagedInserts.RunAsync(transaction.Connection!, transaction, entries, tenant.TenantId, time.GetUtcNow(), progress, ct);
            var outcome = new LegacyImportOutcome(households, residents, staged - residents);
            await audit.AppendAsync(new AuditEntry(AuditAction, "municipality", tenant.TenantId, Purpose: $"households={outcome.Households};residents={outcome.Residents};skipped={outcome.AlreadyImported}"), ct);
            await beforeCommit(transaction, outcome, ct);
            return outcome;
        }, cancellationToken);
    }
}
