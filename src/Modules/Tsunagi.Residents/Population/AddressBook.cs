using System.Globalization;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Addresses;
using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Population;

/// <summary>Plausible addresses in a town from its real 町字 (postal data), and previous addresses elsewhere in its prefecture.</summary>
internal sealed class AddressBook
{
    private readonly PostalLocality[] _localities;
    private readonly string[] _elsewhere;
    private readonly string _domicilePrefix;

    public AddressBook(string municipalityCode, PostalCodeDirectory postal, LocalGovernmentMaster master)
    {
        var town = master.Find(municipalityCode) ?? throw new ArgumentException("Unknown municipality code.", nameof(municipalityCode));
        var all = postal.InMunicipality(municipalityCode);
        _localities = [.. all.Where(l => l.Locality.Length > 0)];
        if (_localities.Length == 0)
        {
            _localities = [.. all.Take(1).Select(l => l with { Locality = town.Name })];
        }

        if (_localities.Length == 0)
        {
            _localities = [new PostalLocality("0000000", municipalityCode, town.Name)];
        }

        _elsewhere = [.. Enumerable.Range(0, 1000).Select(i => master.Find(CodeOf(town.PrefectureCode[..2], i))).OfType<LocalGovernmentEntry>()
            .Where(e => e.Kind != LocalGovernmentKind.Prefecture && e.Code != municipalityCode).Select(e => e.FullName)];
        _domicilePrefix = town.FullName;
    }

    public Address Draw(Random random, bool publicHousing)
    {
        var locality = _localities[random.Next(_localities.Length)];
        var lot = locality.Locality.EndsWith('町')
            ? string.Create(CultureInfo.InvariantCulture, $"{random.Next(1, 30)}番地{random.Next(1, 20)}")
            : string.Create(CultureInfo.InvariantCulture, $"第{random.Next(1, 40)}地割{random.Next(1, 200)}番地");
        var supplement = publicHousing
            ? string.Create(CultureInfo.InvariantCulture, $"{locality.Locality}災害公営住宅{random.Next(1, 6)}号棟{random.Next(1, 4)}0{random.Next(1, 8)}号室")
            : null;
        return new Address(locality.PostalCodeWithHyphen, locality.Locality, lot, supplement);
    }

    public string Domicile(Random random) =>
        $"{_domicilePrefix}{_localities[random.Next(_localities.Length)].Locality}{random.Next(1, 300).ToString(CultureInfo.InvariantCulture)}番地";

    public string Elsewhere(Random random) =>
        (_elsewhere.Length > 0 ? _elsewhere[random.Next(_elsewhere.Length)] : "東京都千代田区") + "（番地省略）";

    // The master list cannot be enumerated: try every code of the prefecture (2 digits + 3 digits + check digit).
    private static string CodeOf(string prefecture, int city)
    {
        var five = string.Create(CultureInfo.InvariantCulture, $"{prefecture}{city:000}");
        var sum = 0;
        for (var i = 0; i < 5; i++)
        {
            sum += (five[i] - '0') * (6 - i);
        }

        return five + ((11 - (sum % 11)) % 10).ToString(CultureInfo.InvariantCulture);
    }
}
