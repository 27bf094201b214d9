using System.Collections.Frozen;
using System.Text;

namespace Tsunagi.Platform.Japanese;

/// <summary>旧字体・異体字 → search form, read from the embedded NameVariants.tsv (its header names the source).</summary>
public static class NameVariantTable
{
    private const string ResourceName = "Tsunagi.Platform.Japanese.NameVariants.tsv";

    private static readonly Lazy<FrozenDictionary<Rune, Rune>> Table = new(Load);

    public static FrozenDictionary<Rune, Rune> Variants => Table.Value;

    public static Rune SearchFormOf(Rune rune) => Table.Value.TryGetValue(rune, out var form) ? form : rune;

    private static FrozenDictionary<Rune, Rune> Load()
    {
        using var stream = typeof(NameVariantTable).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The name variant table is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var variants = new Dictionary<Rune, Rune>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var fields = line.Split('\t');
            variants.Add(SingleRune(fields[0], line), SingleRune(fields[1], line));
        }

        return variants.ToFrozenDictionary();
    }

    private static Rune SingleRune(string field, string line) =>
        Rune.DecodeFromUtf16(field, out var rune, out var length) == System.Buffers.OperationStatus.Done && length == field.Length
            ? rune
            : throw new InvalidDataException($"NameVariants.tsv: each column must be one character: {line}");
}
