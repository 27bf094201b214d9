using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Addresses;
using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Population;

/// <summary>
/// A fictional but plausible population of one municipality, the same for the same seed: households of an ageing
/// town at real 町字, each person entered through the domain (<see cref="Resident.Register"/>, <see cref="Resident.Change"/>,
/// <see cref="Resident.Remove"/>) so every column and key is what the register itself would store. History: people
/// living here before <see cref="MigrationDay"/> are 職権記載（移行） entries with their original dates; after it come
/// 転入, 出生, 転居 (many to public housing after 2011), 死亡 and 転出 — the removed stay as 除票.
/// </summary>
public sealed class PopulationGenerator
{
    /// <summary>The day the towns' records were migrated from their legacy system.</summary>
    public static readonly DateOnly MigrationDay = new(2014, 4, 1);

    public const string ActorId = "System:population-generator";

    private readonly string _tenantId;
    private readonly DateOnly _today;
    private readonly Random _random;
    private readonly HouseholdPlanner _planner;
    private readonly AddressBook _addresses;
    private readonly UniqueDigits _individualNumbers;
    private readonly UniqueDigits _recordCodes;

    public PopulationGenerator(string municipalityCode, DateOnly today, int seed, PostalCodeDirectory postal, LocalGovernmentMaster master)
    {
        _tenantId = municipalityCode;
        _today = today;
        _random = new Random(seed);
        _planner = new HouseholdPlanner(_random, today);
        _addresses = new AddressBook(municipalityCode, postal, master);
        _individualNumbers = new UniqueDigits(11, 10_000_000_000L + seed);
        _recordCodes = new UniqueDigits(10, 1_000_000_000L + seed);
    }

    /// <summary>Households until at least <paramref name="registered"/> people are on the register (the removed come on top).</summary>
    public IEnumerable<GeneratedHousehold> Generate(int registered)
    {
        var count = 0;
        while (count < registered)
        {
            var household = Next();
            count += household.Members.Count(m => !m.Resident.IsRemoved);
            yield return household;
        }
    }

    private GeneratedHousehold Next()
    {
        var people = _planner.Plan();
        var head = people[0];
        var foreignWorker = head.Foreign is { PeriodOfStayEndsOn: not null };
        var settledOn = foreignWorker
            ? _today.AddDays(-_random.Next(30, 3 * 365))
            : _random.NextDouble() < 0.5 ? head.DateOfBirth : Between(head.DateOfBirth.AddYears(18), _today.AddYears(-1));
        var address = _addresses.Draw(_random, publicHousing: false);
        (DateOnly On, Address To)? relocation = _random.NextDouble() switch
        {
            < 0.22 => (Between(new DateOnly(2014, 6, 1), new DateOnly(2020, 12, 28)), _addresses.Draw(_random, publicHousing: true)),
            < 0.27 => (Between(new DateOnly(2021, 1, 4), _today.AddDays(-20)), _addresses.Draw(_random, publicHousing: false)),
            _ => null,
        };
        PlanDeparturesOf(people);
        var household = new Household { TenantId = _tenantId, Id = NewId(settledOn), FormedOn = settledOn };
        var domicile = _addresses.Domicile(_random);
        var register = head.Name.Full;
        var members = people.Select(p => Record(p, household.Id, settledOn, address, relocation, domicile, register)).ToList();
        return new GeneratedHousehold(household, members);
    }

    private void PlanDeparturesOf(List<PersonPlan> people)
    {
        foreach (var person in people)
        {
            var age = _today.Year - person.DateOfBirth.Year;
            var head = person.Relationship == Relationships.Head;
            if (age >= 76 && (!head || people.Count == 1) && _random.NextDouble() < 0.05)
            {
                person.Leaves = (ChangeKind.Death, Between(Max(MigrationDay, person.DateOfBirth.AddYears(75)), _today.AddDays(-10)));
            }
            else if (!head && person.Relationship is "子" or "孫" && age is >= 19 and <= 30 && _random.NextDouble() < 0.2)
            {
                person.Leaves = (ChangeKind.MoveOut, Between(Max(MigrationDay, person.DateOfBirth.AddYears(18)), _today.AddDays(-10)));
            }
        }
    }

    private GeneratedResident Record(PersonPlan person, Guid householdId, DateOnly settledOn, Address address, (DateOnly On, Address To)? relocation, string domicile, string register)
    {
        var becameResident = Max(settledOn, person.DateOfBirth);
        var movedAtBirth = relocation is { } r && becameResident >= r.On;
        var (kind, origin) = person.Foreign is { PeriodOfStayEndsOn: not null } || (becameResident >= MigrationDay && becameResident > person.DateOfBirth)
            ? (ChangeKind.MoveIn, ChangeOrigin.Notification)
            : becameResident >= MigrationDay ? (ChangeKind.Birth, ChangeOrigin.Notification) : (ChangeKind.MigratedEntry, ChangeOrigin.ExOfficio);
        var notifiedOn = kind == ChangeKind.MigratedEntry ? becameResident : Min(_today, becameResident.AddDays(_random.Next(0, 16)));
        var code = _recordCodes.Next();
        var japanese = person.Foreign is null;
        var record = new ResidentRecord(
            person.Name, null, person.DateOfBirth, person.Sex, householdId, person.Relationship, movedAtBirth ? relocation!.Value.To : address,
            japanese ? domicile : null, japanese ? register : null, code + ModulusElevenCheckDigit.For(code).ToString(System.Globalization.CultureInfo.InvariantCulture),
            becameResident, becameResident, kind == ChangeKind.MoveIn || (kind == ChangeKind.MigratedEntry && becameResident > person.DateOfBirth) ? Previous(person) : null,
            person.Foreign);
        var (resident, first) = Resident.Register(_tenantId, NewId(becameResident), record, kind, Context(origin, becameResident, notifiedOn, kind == ChangeKind.MigratedEntry ? MigrationDay : notifiedOn));
        var changes = new List<ResidencyChange> { first };
        if (relocation is { } move && !movedAtBirth && (person.Leaves is null || person.Leaves.Value.On > move.On))
        {
            var moved = record with { Address = move.To, AddressSetOn = move.On, PreviousAddress = null };
            changes.Add(resident.Change(ChangeKind.Relocation, moved, Context(ChangeOrigin.Notification, move.On, Min(_today, move.On.AddDays(_random.Next(0, 15))))));
        }

        if (person.Leaves is { } leaves && leaves.On >= resident.LastEffectiveOn)
        {
            var notified = leaves.Kind == ChangeKind.MoveOut ? leaves.On.AddDays(-_random.Next(0, 10)) : Min(_today, leaves.On.AddDays(_random.Next(1, 8)));
            changes.Add(resident.Remove(leaves.Kind, Context(ChangeOrigin.Notification, leaves.On, Max(notified, resident.LastEffectiveOn))));
        }

        var number = _individualNumbers.Next();
        return new GeneratedResident(resident, changes, number + ModulusElevenCheckDigit.For(number).ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    private string Previous(PersonPlan person) =>
        person.Foreign is { PeriodOfStayEndsOn: not null } ? person.Foreign.Nationality + "（国外）" : _addresses.Elsewhere(_random);

    private ChangeContext Context(ChangeOrigin origin, DateOnly effectiveOn, DateOnly notifiedOn, DateOnly? recordedOn = null)
    {
        var recorded = new DateTimeOffset((recordedOn ?? notifiedOn).ToDateTime(new TimeOnly(9, 0)).AddMinutes(_random.Next(0, 480)), TimeSpan.FromHours(9));
        return new ChangeContext(origin, effectiveOn, notifiedOn, _today, ActorId, recorded.ToUniversalTime());
    }

    private Guid NewId(DateOnly on)
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        var ms = new DateTimeOffset(on.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeMilliseconds();
        for (var i = 0; i < 6; i++)
        {
            bytes[i] = (byte)(ms >> (8 * (5 - i)));
        }

        bytes[6] = (byte)(0x70 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    private DateOnly Between(DateOnly from, DateOnly to) =>
        to <= from ? from : from.AddDays(_random.Next(0, to.DayNumber - from.DayNumber + 1));

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
