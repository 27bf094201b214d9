using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Security;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Addresses;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Population;

/// <summary>
/// Fills the current municipality's register with a generated population (<see cref="PopulationGenerator"/>), in
/// batches of households, each batch one transaction with its audit event; 個人番号 encrypted with the tenant key.
/// Skips a municipality that already holds migrated entries, so running it again changes nothing.
/// </summary>
public sealed class PopulationSeeder(
    ResidentsDbContext db,
    UnitOfWork unitOfWork,
    AuditTrail audit,
    PersonalDataProtector protector,
    ITenantContext tenant,
    TimeProvider time,
    PostalCodeDirectory postal,
    LocalGovernmentMaster master)
{
    public const string AuditAction = "residents.population-generated";

    /// <param name="registered">People on the register at the end (the 除票 of the generated history come on top).</param>
    /// <param name="seed">The same seed gives the same people.</param>
    /// <param name="progress">Called after every batch with the number of registered people written so far.</param>
    /// <param name="onlyIfEmpty">False to add people to a register that already has some (use another seed each time).</param>
    public async Task<PopulationResult> SeedAsync(int registered, int seed, Action<int>? progress = null, int batchSize = 5_000, bool onlyIfEmpty = true, CancellationToken cancellationToken = default)
    {
        if (onlyIfEmpty && await db.ResidencyChanges.AnyAsync(c => c.Kind == ChangeKind.MigratedEntry, cancellationToken))
        {
            return new PopulationResult(true, 0, 0, 0, 0);
        }

        var generator = new PopulationGenerator(tenant.TenantId, TokyoTime.Today(time), seed, postal, master);
        var random = new Random(seed);
        await using var writer = new PopulationWriter(db);
        var batch = new List<GeneratedHousehold>();
        var totals = new PopulationResult(false, 0, 0, 0, 0);
        foreach (var household in generator.Generate(registered))
        {
            batch.Add(household);
            if (batch.Sum(h => h.Members.Count) >= batchSize)
            {
                totals = await WriteAsync(writer, batch, random, totals, cancellationToken);
                progress?.Invoke(totals.Registered);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            totals = await WriteAsync(writer, batch, random, totals, cancellationToken);
            progress?.Invoke(totals.Registered);
        }

        if (db.Database.IsSqlite())
        {
            // Without statistics SQLite picks the tenant_id index (every row matches) over the search keys' ranges:
            // 355 ms instead of 3.5 ms for a name search among 100,000 residents. PostgreSQL's autovacuum analyses itself.
            await db.Database.ExecuteSqlRawAsync("ANALYZE;", cancellationToken);
        }

        return totals;
    }

    private Task<PopulationResult> WriteAsync(PopulationWriter writer, List<GeneratedHousehold> batch, Random random, PopulationResult totals, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(db, async ct =>
        {
            var result = totals;
            foreach (var household in batch)
            {
                writer.Add(household.Household);
                foreach (var member in household.Members)
                {
                    var number = member.IndividualNumber;
                    member.Resident.SetIndividualNumber(
                        await protector.EncryptAsync(PersonalDataPurpose.IndividualNumber, number, ct),
                        await protector.BlindIndexAsync(PersonalDataPurpose.IndividualNumber, number, ct));
                    writer.Add(member.Resident);
                    foreach (var change in member.Changes)
                    {
                        writer.Add(change);
                    }

                    result = member.Resident.IsRemoved
                        ? result with { Removed = result.Removed + 1, Changes = result.Changes + member.Changes.Count }
                        : result with { Registered = result.Registered + 1, Changes = result.Changes + member.Changes.Count };

                    // 支援措置: about one adult woman in 2,500 is under a support measure (DV and the like).
                    if (!member.Resident.IsRemoved && member.Resident.Record.Sex == Sex.Female && random.Next(2_500) == 0)
                    {
                        writer.Add(SupportMeasure(member.Resident.Id, random));
                    }
                }

                result = result with { Households = result.Households + 1 };
            }

            await writer.FlushAsync(ct);
            await audit.AppendAsync(new AuditEntry(AuditAction, "municipality", tenant.TenantId), ct);
            return result;
        }, cancellationToken);

    private DisclosureRestriction SupportMeasure(Guid residentId, Random random)
    {
        var startsOn = TokyoTime.Today(time).AddDays(-random.Next(10, 300));
        return new DisclosureRestriction
        {
            TenantId = tenant.TenantId,
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            ResidentId = residentId,
            StartsOn = startsOn,
            EndsOn = startsOn.AddYears(1).AddDays(-1),
            Scope = RestrictionScope.All,
            Reason = random.Next(3) switch { 0 => "ストーカー", 1 => "児童虐待", _ => "DV" },
            RegisteredBy = PopulationGenerator.ActorId,
            RegisteredAt = time.GetUtcNow(),
        };
    }
}
