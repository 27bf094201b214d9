using System.Text;

namespace Tsunagi.Platform.Japanese;

/// <summary>
/// The form of a name used only for matching (氏名 or 氏名カナ); the stored name is never changed.
/// Equal keys: hiragana and katakana; full- and half-width (ｶﾞ = ガ, Ａ = A); small and large kana (ョ = ヨ);
/// upper and lower case Latin; with or without spaces and the name separator ・; 旧字体/異体字 and their
/// common forms (<see cref="NameVariantTable"/>); with or without an ideographic variation selector; the
/// iteration marks 々 and ゝ/ヽ and the character they repeat (佐々木 = 佐佐木).
/// </summary>
/// <remarks>
/// Small kana are folded because kana from older systems and bank transfers (全銀) has no small letters, so
/// キヨウコ must find キョウコ. Not folded: ヂ/ジ, ヅ/ズ, ヴ/ブ and the long vowel mark, which are different spellings
/// a person chose, and 埼/崎-like pairs that are different characters. The voiced iteration mark ゞ/ヾ is kept as it is.
/// </remarks>
public readonly record struct NameSearchKey
{
    // Small katakana and the large letter each stands for (after hiragana has become katakana).
    private const string Small = "ァィゥェォッャュョヮヵヶ";
    private const string Large = "アイウエオツヤユヨワカケ";

    private NameSearchKey(string value) => Value = value;

    public string Value { get; }

    public override string ToString() => Value;

    public static NameSearchKey For(string? name)
    {
        // Spacing voiced marks (゛゜) typed after a kana become combining ones so NFKC composes か゛ into が.
        // A lone surrogate (never valid text) would make Normalize throw; it becomes U+FFFD like any bad input.
        var valid = string.Concat((name ?? string.Empty).EnumerateRunes());
        var text = valid.Replace('゛', '\u3099').Replace('゜', '\u309A').Normalize(NormalizationForm.FormKC);
        var key = new StringBuilder(text.Length);
        Rune? previous = null;
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsIgnored(rune))
            {
                continue;
            }

            var folded = Fold(rune);
            if (folded.Value is '々' or 'ヽ' && previous is { } repeated)
            {
                folded = repeated;
            }

            key.Append(folded);
            previous = folded;
        }

        // Removing a space can bring a combining mark next to a letter it composes with; compose once more.
        return new NameSearchKey(key.ToString().Normalize(NormalizationForm.FormKC));
    }

    private static bool IsIgnored(Rune rune) =>
        Rune.IsWhiteSpace(rune)
        || rune.Value == '・'
        || rune.Value is >= 0xFE00 and <= 0xFE0F
        || rune.Value is >= 0xE0100 and <= 0xE01EF;

    private static Rune Fold(Rune rune)
    {
        var value = rune.Value;
        if (value is >= 'ぁ' and <= 'ゖ' or 'ゝ' or 'ゞ')
        {
            value += 'ァ' - 'ぁ';
        }

        if (value <= char.MaxValue && Small.IndexOf((char)value, StringComparison.Ordinal) is >= 0 and var small)
        {
            value = Large[small];
        }

        return Rune.ToUpperInvariant(NameVariantTable.SearchFormOf(new Rune(value)));
    }
}
