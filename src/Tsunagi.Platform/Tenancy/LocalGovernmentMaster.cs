using System.Collections.Frozen;

namespace Tsunagi.Platform.Tenancy;

/// <summary>The national master list (総務省, 令和6年1月1日現在), embedded in this assembly.</summary>
public sealed class LocalGovernmentMaster
{
    private const string ResourceName = "Tsunagi.Platform.MasterData.local-government-codes.csv";

    private readonly FrozenDictionary<string, LocalGovernmentEntry> _byCode;

    private LocalGovernmentMaster(IEnumerable<LocalGovernmentEntry> entries) =>
        _byCode = entries.ToFrozenDictionary(e => e.Code, StringComparer.Ordinal);

    public static LocalGovernmentMaster Instance { get; } = Load();

    public int Count => _byCode.Count;

    public IEnumerable<LocalGovernmentEntry> Entries => _byCode.Values;

    public LocalGovernmentEntry? Find(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>Validates a code typed by a person: format, check digit, presence in the list, and that it names a municipality or ward.</summary>
    public LocalGovernmentCodeError Validate(string? input, out LocalGovernmentEntry? entry)
    {
        entry = null;
        if (!LocalGovernmentCode.TryParse(input, out var code, out var error))
        {
            return error;
        }

        entry = Find(code.Value.Value);
        if (entry is null)
        {
            return LocalGovernmentCodeError.NotInMasterList;
        }

        return entry.Kind == LocalGovernmentKind.Prefecture ? LocalGovernmentCodeError.NotAMunicipality : LocalGovernmentCodeError.None;
    }

    private static LocalGovernmentMaster Load()
    {
        using var stream = typeof(LocalGovernmentMaster).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The local government master list is not embedded.");
        using var reader = new StreamReader(stream);
        reader.ReadLine();
        var entries = new List<LocalGovernmentEntry>(2000);
        while (reader.ReadLine() is { Length: > 0 } line)
        {
            var f = line.Split(',');
            var kind = f[1] switch
            {
                "prefecture" => LocalGovernmentKind.Prefecture,
                "ward" => LocalGovernmentKind.Ward,
                _ => LocalGovernmentKind.Municipality,
            };
            entries.Add(new LocalGovernmentEntry(f[0], kind, f[2], f[3], f[5], f[6], f[7]));
        }

        return new LocalGovernmentMaster(entries);
    }
}
