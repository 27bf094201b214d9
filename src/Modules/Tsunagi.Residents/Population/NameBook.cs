using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Population;

/// <summary>
/// Family and given names with their readings from IPADIC (<c>names.tsv</c>, see <c>names.LICENSE.md</c>),
/// drawn by weight for fictional populations. Women born before 1965 get a name ending in 子 more often, as
/// in the register of such towns.
/// </summary>
internal sealed class NameBook
{
    private const string ResourceName = "Tsunagi.Residents.Population.names.tsv";

    private static readonly Lazy<NameBook> Shared = new(Load);

    private readonly WeightedList<(string Name, string Reading)> _family = new();
    private readonly WeightedList<(string Name, string Reading)> _male = new();
    private readonly WeightedList<(string Name, string Reading)> _female = new();
    private readonly WeightedList<(string Name, string Reading)> _femaleKo = new();
    private readonly WeightedList<(string Name, string Reading)> _foreignFamily = new();
    private readonly WeightedList<(string Name, string Reading)> _foreignGiven = new();

    public static NameBook Instance => Shared.Value;

    public (string Name, string Reading) Family(Random random) => _family.Draw(random);

    public (string Name, string Reading) Given(Random random, Sex sex, int birthYear) => sex switch
    {
        Sex.Male => _male.Draw(random),
        _ when birthYear < 1965 && random.NextDouble() < 0.7 => _femaleKo.Draw(random),
        _ => _female.Draw(random),
    };

    public PersonName Foreign(Random random)
    {
        var (family, _) = _foreignFamily.Draw(random);
        var (given, _) = _foreignGiven.Draw(random);
        return new PersonName(family, given, family, given);
    }

    private static NameBook Load()
    {
        using var stream = typeof(NameBook).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The name list is not embedded.");
        using var reader = new StreamReader(stream);
        var book = new NameBook();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var f = line.Split('\t');
            var entry = (f[1], f[2]);
            var weight = int.Parse(f[3], System.Globalization.CultureInfo.InvariantCulture);
            var list = f[0] switch
            {
                "family" => book._family,
                "male" => book._male,
                "female" => book._female,
                "foreign-family" => book._foreignFamily,
                _ => book._foreignGiven,
            };
            list.Add(entry, weight);
            if (f[0] == "female" && f[1].EndsWith('子'))
            {
                book._femaleKo.Add(entry, weight);
            }
        }

        return book;
    }
}
