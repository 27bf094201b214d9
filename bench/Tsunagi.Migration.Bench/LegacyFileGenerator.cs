using System.Globalization;
using System.Text;
using System.Text.Json;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Addresses;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Population;

namespace Tsunagi.Migration.Bench;

/// <summary>
/// Writes a legacy CSV as an old 住基 system would export it: CP932, CRLF, coded 性別 and 続柄, 生年月日 in short 和暦
/// (S45.3.12), 住民日 as yyyymmdd. People come from <see cref="PopulationGenerator"/> (households of an ageing town at
/// real 町字, names from the register's name list); only those on the register, households with exactly one 世帯主.
/// A handful of deliberately bad rows (one household each) follow, so the run exercises the report as well.
/// </summary>
internal static class LegacyFileGenerator
{
    public const int BadRows = 5;

    private static readonly string[] Columns =
        ["住民ID", "世帯番号", "氏", "名", "氏カナ", "名カナ", "旧氏", "生年月日", "性別", "続柄", "郵便番号", "町字", "番地", "方書", "本籍", "筆頭者", "住民票コード", "個人番号", "住民日", "住定日"];

    private static readonly string[] Fields =
        ["legacyId", "householdId", "familyName", "givenName", "familyNameKana", "givenNameKana", "formerFamilyName", "dateOfBirth", "sex", "relationship",
         "postalCode", "locality", "lot", "addressSupplement", "registeredDomicile", "familyRegisterHead", "residentRecordCode", "individualNumber", "enteredOn", "addressSetOn"];

    public static async Task<int> WriteAsync(IServiceProvider services, string code, int residents, string path, CancellationToken cancellationToken)
    {
        var today = TokyoTime.Today(services.GetRequiredService<TimeProvider>());
        var generator = new PopulationGenerator(code, today, seed: 20261124, PostalCodeDirectory.Instance, LocalGovernmentMaster.Instance);
        var relationshipCodes = Relationships.All.Select((r, i) => (r, Code: (i + 1).ToString("D2", CultureInfo.InvariantCulture))).ToDictionary(x => x.r, x => x.Code, StringComparer.Ordinal);
        System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var cp932 = System.Text.Encoding.GetEncoding(932, new EncoderReplacementFallback("〓"), DecoderFallback.ExceptionFallback);
        var (people, households, skipped) = (0, 0, 0);
        await using (var writer = new StreamWriter(path, false, cp932, 1 << 20) { NewLine = "\r\n" })
        {
            await writer.WriteLineAsync(string.Join(',', Columns));
            string[]? last = null;
            foreach (var household in generator.Generate(residents))
            {
                var registered = household.Members.Where(m => !m.Resident.IsRemoved).ToList();
                var members = registered.Where(m => m.Resident.Record.Foreign is null).ToList();
                skipped += registered.Count - members.Count;
                if (members.Count == 0 || members.Count(m => m.Resident.Record.IsHouseholdHead) != 1)
                {
                    skipped += members.Count;
                    continue;
                }

                households++;
                foreach (var member in members)
                {
                    people++;
                    last = Row(member, people, households, relationshipCodes);
                    await writer.WriteLineAsync(Line(last));
                }
            }

            foreach (var bad in Bad(last!, households))
            {
                await writer.WriteLineAsync(Line(bad));
            }
        }

        var mapping = new
        {
            encoding = "shift-jis",
            dateFormat = "auto",
            columns = Columns.Zip(Fields).ToDictionary(x => x.First, x => x.Second),
            sex = new Dictionary<string, string> { ["1"] = "male", ["2"] = "female" },
            relationship = relationshipCodes.ToDictionary(x => x.Value, x => x.Key),
        };
        await File.WriteAllTextAsync(Path.ChangeExtension(path, ".json"), JsonSerializer.Serialize(mapping), cancellationToken);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"generated {path}: {people:N0} people in {households:N0} households + {BadRows} bad rows ({skipped:N0} left out: foreign residents or no single 世帯主), {new FileInfo(path).Length / 1024 / 1024} MB"));
        return 0;
    }

    private static string[] Row(GeneratedResident member, int person, int household, Dictionary<string, string> relationshipCodes)
    {
        var r = member.Resident.Record;
        return
        [
            $"L{person:D9}", $"S{household:D8}", r.Name.FamilyName, r.Name.GivenName, r.Name.FamilyNameKana, r.Name.GivenNameKana, r.FormerFamilyName ?? string.Empty,
            Wareki(r.DateOfBirth), r.Sex == Sex.Female ? "2" : "1", relationshipCodes[r.Relationship], r.Address.PostalCode, r.Address.Locality, r.Address.Lot,
            r.Address.AddressSupplement ?? string.Empty, r.RegisteredDomicile ?? string.Empty, r.FamilyRegisterHead ?? string.Empty, r.ResidentRecordCode ?? string.Empty,
            member.IndividualNumber, Seireki(r.BecameResidentOn), Seireki(r.AddressSetOn),
        ];
    }

    /// <summary>Five single-person households, each with one error: impossible date, 個人番号 check digit, unknown 町字, a legacy id used twice, no 氏.</summary>
    private static IEnumerable<string[]> Bad(string[] template, int households)
    {
        string[] Person(int n, Action<string[]> spoil)
        {
            var row = (string[])template.Clone();
            (row[0], row[1], row[9], row[16], row[17]) = ($"X{n:D9}", $"X{households + n:D8}", "01", string.Empty, string.Empty);
            spoil(row);
            return row;
        }

        yield return Person(1, r => r[7] = "H11.2.30");
        yield return Person(2, r => r[17] = "123456789010");
        yield return Person(3, r => r[11] = "存在しない町");
        yield return Person(4, r => r[0] = template[0]);
        yield return Person(5, r => r[2] = string.Empty);
    }

    private static string Line(string[] cells) => string.Join(',', cells.Select(c => c.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{c.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : c));

    private static string Seireki(DateOnly date) => date.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string Wareki(DateOnly date)
    {
        (DateOnly Start, string Letter)[] eras = [(new(2019, 5, 1), "R"), (new(1989, 1, 8), "H"), (new(1926, 12, 25), "S"), (new(1912, 7, 30), "T"), (new(1868, 10, 23), "M")];
        var (start, letter) = eras.First(e => date >= e.Start);
        return string.Create(CultureInfo.InvariantCulture, $"{letter}{date.Year - start.Year + 1}.{date.Month}.{date.Day}");
    }
}
