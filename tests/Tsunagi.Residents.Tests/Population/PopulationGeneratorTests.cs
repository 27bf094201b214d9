using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Addresses;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Population;

namespace Tsunagi.Residents.Tests.Population;

public sealed class PopulationGeneratorTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static List<GeneratedHousehold> Generate(string code = "034614", int registered = 3_000, int seed = 34614) =>
        [.. new PopulationGenerator(code, Today, seed, PostalCodeDirectory.Instance, LocalGovernmentMaster.Instance).Generate(registered)];

    private static IEnumerable<GeneratedResident> People(List<GeneratedHousehold> households) => households.SelectMany(h => h.Members);

    [Fact]
    public void The_same_seed_gives_the_same_people()
    {
        var first = People(Generate()).Select(p => (p.Resident.Id, p.Resident.NameKey, p.Resident.DateOfBirth, p.Resident.AddressLine, p.IndividualNumber)).ToList();
        var second = People(Generate()).Select(p => (p.Resident.Id, p.Resident.NameKey, p.Resident.DateOfBirth, p.Resident.AddressLine, p.IndividualNumber)).ToList();
        var other = People(Generate(seed: 1)).Select(p => p.Resident.NameKey).Take(50).ToList();

        Assert.Equal(first, second);
        Assert.NotEqual(first.Select(p => p.NameKey).Take(50), other);
    }

    [Fact]
    public void About_the_asked_number_are_registered_and_four_in_ten_are_aged_65_or_more()
    {
        var registered = People(Generate()).Where(p => !p.Resident.IsRemoved).ToList();
        var elderly = registered.Count(p => p.Resident.DateOfBirth.AddYears(65) <= Today) / (double)registered.Count;

        Assert.InRange(registered.Count, 3_000, 3_010);
        Assert.InRange(elderly, 0.34, 0.46);
    }

    [Fact]
    public void Every_household_has_exactly_one_registered_head_at_a_real_locality_of_the_town()
    {
        var localities = PostalCodeDirectory.Instance.InMunicipality("034614").ToDictionary(l => l.Locality, l => l.PostalCodeWithHyphen);
        foreach (var household in Generate())
        {
            var registered = household.Members.Where(m => !m.Resident.IsRemoved).Select(m => m.Resident.Record).ToList();
            Assert.Empty(Household.CheckMembers(registered));
            Assert.All(household.Members, m => Assert.Equal(localities[m.Resident.Locality], m.Resident.PostalCode));
        }
    }

    [Fact]
    public void Record_codes_and_individual_numbers_have_valid_check_digits_and_are_unique()
    {
        var people = People(Generate()).ToList();

        Assert.All(people, p => Assert.True(IndividualNumber.TryParse(p.IndividualNumber, out _, out _)));
        Assert.All(people, p => Assert.False(ResidentRecordCode.Parse(p.Resident.ResidentRecordCode!).CheckDigitUnconfirmed));
        Assert.Equal(people.Count, people.Select(p => p.IndividualNumber).Distinct().Count());
        Assert.Equal(people.Count, people.Select(p => p.Resident.ResidentRecordCode).Distinct().Count());
    }

    [Fact]
    public void History_runs_forward_from_a_migrated_entry_birth_or_move_in_and_the_removed_are_kept()
    {
        var people = People(Generate()).ToList();

        Assert.All(people, p =>
        {
            Assert.Contains(p.Changes[0].Kind, new[] { ChangeKind.MigratedEntry, ChangeKind.Birth, ChangeKind.MoveIn });
            Assert.Equal(Enumerable.Range(1, p.Changes.Count), p.Changes.Select(c => c.Sequence));
            Assert.True(p.Changes.Zip(p.Changes.Skip(1)).All(c => c.First.EffectiveOn <= c.Second.EffectiveOn));
            Assert.All(p.Changes, c => Assert.True(c.EffectiveOn <= Today && c.EffectiveOn >= p.Resident.DateOfBirth));
        });
        Assert.Contains(people, p => p.Changes.Any(c => c.Kind == ChangeKind.Relocation));
        Assert.Contains(people, p => p.Resident.RemovalKind == ChangeKind.Death);
        Assert.Contains(people, p => p.Resident.RemovalKind == ChangeKind.MoveOut);
        Assert.All(people.Where(p => p.Changes[0].Kind == ChangeKind.MigratedEntry), p => Assert.True(p.Changes[0].EffectiveOn < PopulationGenerator.MigrationDay));
    }

    [Fact]
    public void About_one_in_a_hundred_is_a_foreign_resident_with_a_status_of_residence()
    {
        var people = People(Generate(registered: 10_000)).Where(p => !p.Resident.IsRemoved).ToList();
        var foreign = people.Where(p => p.Resident.Record.Foreign is not null).ToList();

        Assert.InRange(foreign.Count / (double)people.Count, 0.005, 0.02);
        Assert.All(foreign, p => Assert.False(string.IsNullOrEmpty(p.Resident.Record.Foreign!.StatusOfResidence)));
        Assert.All(foreign, p => Assert.Null(p.Resident.Record.RegisteredDomicile));
    }

    [Fact]
    public void Search_keys_are_the_ones_the_domain_computes_from_the_names()
    {
        Assert.All(People(Generate(registered: 500)), p =>
        {
            Assert.Equal(NameSearchKey.For(p.Resident.FamilyName + p.Resident.GivenName).Value, p.Resident.NameKey);
            Assert.Equal(NameSearchKey.For(p.Resident.FamilyNameKana + p.Resident.GivenNameKana).Value, p.Resident.KanaKey);
            Assert.NotEmpty(p.Resident.FamilyNameKana);
        });
    }
}
