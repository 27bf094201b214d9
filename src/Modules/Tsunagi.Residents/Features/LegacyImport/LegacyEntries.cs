using Tsunagi.Residents.Contracts.LegacyImport;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Population;

namespace Tsunagi.Residents.Features.LegacyImport;

/// <summary>Turns legacy households into register rows through the domain (<see cref="Resident.Register"/>), so keys and history are what the register itself stores.</summary>
internal sealed class LegacyEntries(string tenantId, DateOnly today, DateTimeOffset recordedAt)
{
    public const string ActorId = "System:legacy-migration";

    public const string Reason = "移行";

    public LegacyImportOutcome Add(LegacyHousehold household, IReadOnlySet<string> imported, PopulationWriter writer, LegacyImportOutcome outcome)
    {
        var fresh = household.Members.Where(m => !imported.Contains(m.LegacyId)).ToList();
        var skipped = household.Members.Count - fresh.Count;
        if (fresh.Count == 0)
        {
            return outcome with { AlreadyImported = outcome.AlreadyImported + skipped };
        }

        var formedOn = fresh.Min(m => m.EnteredOn);
        var entity = new Household { TenantId = tenantId, Id = Guid.CreateVersion7(recordedAt), FormedOn = formedOn };
        writer.Add(entity);
        foreach (var person in fresh)
        {
            var (resident, change) = Register(tenantId, today, recordedAt, person, entity.Id);
            writer.Add(resident);
            writer.Add(change);
        }

        return outcome with { Households = outcome.Households + 1, Residents = outcome.Residents + fresh.Count, AlreadyImported = outcome.AlreadyImported + skipped };
    }

    /// <summary>One person entered through the domain (also the source of the set-based import's values, <see cref="LegacyResidentImport.Prepare"/>).</summary>
    public static (Resident Resident, ResidencyChange Change) Register(string tenantId, DateOnly today, DateTimeOffset recordedAt, LegacyPerson person, Guid householdId)
    {
        var record = new ResidentRecord(
            new PersonName(person.FamilyName, person.GivenName, person.FamilyNameKana, person.GivenNameKana),
            person.FormerFamilyName, person.DateOfBirth, person.IsFemale ? Sex.Female : Sex.Male, householdId, person.Relationship,
            new Address(person.PostalCode, person.Locality, person.Lot, person.AddressSupplement),
            person.RegisteredDomicile, person.FamilyRegisterHead, person.ResidentRecordCode,
            person.EnteredOn, person.AddressSetOn ?? person.EnteredOn, null, null);
        var context = new ChangeContext(ChangeOrigin.ExOfficio, person.EnteredOn, person.EnteredOn, today, ActorId, recordedAt,
            Reason: Reason, IdempotencyKey: LegacyKeys.For(person.LegacyId));
        var (resident, change) = Resident.Register(tenantId, Guid.CreateVersion7(recordedAt), record, ChangeKind.MigratedEntry, context);
        if (person.IndividualNumberCipher is { } cipher && person.IndividualNumberIndex is { } index)
        {
            resident.SetIndividualNumber(cipher, index);
        }

        return (resident, change);
    }
}
