using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Tsunagi.Platform.Japanese;

namespace Tsunagi.Platform.Tests.Japanese;

public sealed class NameSearchKeyPropertyTests
{
    // Full-width katakana and the same letter typed in half-width, including the two-character voiced forms.
    private const string FullKana = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンァィゥェォャュョッー";
    private const string HalfKana = "ｱｲｳｴｵｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾅﾆﾇﾈﾉﾊﾋﾌﾍﾎﾏﾐﾑﾒﾓﾔﾕﾖﾗﾘﾙﾚﾛﾜｦﾝｧｨｩｪｫｬｭｮｯｰ";
    private const string Voiced = "ガギグゲゴザジズゼゾダヂヅデドバビブベボ";
    private const string VoicedBase = "ｶｷｸｹｺｻｼｽｾｿﾀﾁﾂﾃﾄﾊﾋﾌﾍﾎ";
    private const string SemiVoiced = "パピプペポ";

    // Characters that are already their own search form: large katakana, kanji outside the variant table, A-Z.
    private const string Ordinary = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワンガザダバパ"
        + "山田中川佐藤鈴木伊井上小林加松本村岡石原森池野口谷大西東北南宮城岩手遠盛久慈普代ABCXYZ";

    private static readonly Gen<(string Full, string Half)> KanaPair = Gen.Elements(
        Enumerable.Range(0, FullKana.Length).Select(i => (FullKana[i].ToString(), HalfKana[i].ToString()))
            .Concat(Enumerable.Range(0, Voiced.Length).Select(i => (Voiced[i].ToString(), VoicedBase[i] + "ﾞ")))
            .Concat(Enumerable.Range(0, SemiVoiced.Length).Select(i => (SemiVoiced[i].ToString(), "ﾊﾋﾌﾍﾎ"[i] + "ﾟ")))
            .Concat([("ヴ", "ｳﾞ"), ("　", " "), ("Ｋ", "k"), ("Ｓ", "s"), ("・", "･")]));

    private static readonly Arbitrary<(string Full, string Half)> KanaPairs =
        Gen.ArrayOf(KanaPair).Select(pairs => (string.Concat(pairs.Select(p => p.Full)), string.Concat(pairs.Select(p => p.Half)))).ToArbitrary();

    private static readonly Arbitrary<string> Hiragana =
        Gen.ArrayOf(Gen.Choose('ぁ', 'ゖ').Select(c => (char)c)).Select(chars => new string(chars)).ToArbitrary();

    private static readonly Gen<char> OrdinaryChar = Gen.Elements(Ordinary.ToCharArray());

    private static readonly Arbitrary<string> OrdinaryNames =
        Gen.NonEmptyListOf(OrdinaryChar).Select(chars => new string([.. chars])).ToArbitrary();

    private static readonly Arbitrary<string> NameLike =
        Gen.ArrayOf(Gen.OneOf(
                Gen.Elements(NameVariantTable.Variants.Keys.Select(r => r.ToString()).ToArray()),
                Gen.Elements("々ヽヾぁあがゞゝ゛゜ﾞﾟｶﾞﾊﾟ　 ・･ａＡ\u3099\u309A\uFA10\uFA11\U000E0100".EnumerateRunes().Select(r => r.ToString()).ToArray()),
                KanaPair.Select(p => p.Half),
                OrdinaryChar.Select(c => c.ToString())))
            .Select(string.Concat).ToArbitrary();

    [Fact]
    public void The_key_of_a_key_is_the_same_key_for_name_like_text() =>
        Prop.ForAll(NameLike, name => Idempotent(name)).QuickCheckThrowOnFailure();

    [Fact]
    public void The_key_of_a_key_is_the_same_key_for_any_text() =>
        Prop.ForAll(ArbMap.Default.ArbFor<string>(), name => Idempotent(name)).QuickCheckThrowOnFailure();

    [Fact]
    public void Hiragana_and_the_same_text_in_katakana_have_the_same_key() =>
        Prop.ForAll(Hiragana, text =>
        {
            var katakana = new string([.. text.Select(c => (char)(c + 0x60))]);
            return NameSearchKey.For(text) == NameSearchKey.For(katakana);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Full_width_and_half_width_forms_of_the_same_name_have_the_same_key() =>
        Prop.ForAll(KanaPairs, pair => NameSearchKey.For(pair.Full) == NameSearchKey.For(pair.Half)).QuickCheckThrowOnFailure();

    [Fact]
    public void Replacing_common_kanji_by_their_listed_variants_keeps_the_key() =>
        Prop.ForAll(OrdinaryNames, Gen.ArrayOf(Gen.Elements(NameVariantTable.Variants.ToArray())).ToArbitrary(), (name, pairs) =>
        {
            var common = name + string.Concat(pairs.Select(p => p.Value.ToString()));
            var variant = name + string.Concat(pairs.Select(p => p.Key.ToString()));
            return NameSearchKey.For(common) == NameSearchKey.For(variant);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Ordinary_names_are_their_own_key_so_distinct_names_stay_distinct()
    {
        Assert.DoesNotContain(Ordinary.EnumerateRunes(), NameVariantTable.Variants.ContainsKey);
        Prop.ForAll(OrdinaryNames, OrdinaryNames, (one, other) =>
            NameSearchKey.For(one).Value == one && (one == other) == (NameSearchKey.For(one) == NameSearchKey.For(other)))
            .QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Changing_one_character_of_an_ordinary_name_changes_its_key() =>
        Prop.ForAll(OrdinaryNames, Gen.Choose(0, 1000).ToArbitrary(), OrdinaryChar.ToArbitrary(), (name, at, replacement) =>
        {
            var position = at % name.Length;
            var changed = new StringBuilder(name) { [position] = replacement }.ToString();
            return (changed == name) == (NameSearchKey.For(changed) == NameSearchKey.For(name));
        }).QuickCheckThrowOnFailure();

    private static bool Idempotent(string? name)
    {
        var key = NameSearchKey.For(name).Value;
        return NameSearchKey.For(key).Value == key;
    }
}
