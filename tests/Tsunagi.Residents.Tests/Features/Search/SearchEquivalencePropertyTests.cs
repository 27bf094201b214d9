using FsCheck;
using FsCheck.Fluent;
using Tsunagi.Platform.Japanese;
using Tsunagi.Residents.Features.Search;
using Tsunagi.Residents.Input;

namespace Tsunagi.Residents.Tests.Features.Search;

/// <summary>
/// What the search treats as the same name: a query typed in any of the equivalent forms gives the key of the name
/// as stored in any other form (hiragana/katakana, full/half width, 旧字体/新字体), so the prefix match finds it.
/// </summary>
public sealed class SearchEquivalencePropertyTests
{
    // Each segment's spellings that must match each other; the first is how the register may store it.
    private static readonly string[][] Segments =
    [
        ["髙", "高"], ["﨑", "崎"], ["邊", "辺"], ["邉", "辺"], ["齋", "斎"], ["齊", "斎"],
        ["タ", "た", "ﾀ"], ["カ", "か", "ｶ"], ["ハ", "は", "ﾊ"], ["シ", "し", "ｼ"], ["ガ", "が", "ｶﾞ"], ["パ", "ぱ", "ﾊﾟ"], ["キ", "き", "ｷ"],
        ["山", "山"], ["田", "田"], ["Ａ", "a", "A"],
    ];

    private static readonly Gen<(string Stored, string Typed)> Segment =
        Gen.Elements(Segments).SelectMany(forms => Gen.Elements(forms), (forms, typed) => (forms[0], typed));

    private static readonly Arbitrary<(string Stored, string Typed)> Names =
        Gen.NonEmptyListOf(Segment).Select(s => s.Take(20).ToList()).Select(s => (string.Concat(s.Select(x => x.Stored)), string.Concat(s.Select(x => x.Typed)))).ToArbitrary();

    private static readonly Arbitrary<((string Stored, string Typed) Family, (string Stored, string Typed) Given)> FullNames =
        Names.Generator.Two().ToArbitrary();

    [Fact]
    public void A_name_typed_in_any_equivalent_form_gives_the_key_of_the_stored_name() =>
        Prop.ForAll(Names, name => KeyOf(name.Typed) == NameSearchKey.For(name.Stored).Value).QuickCheckThrowOnFailure();

    [Fact]
    public void Any_start_of_an_equivalent_form_is_a_prefix_of_the_stored_key() =>
        Prop.ForAll(Names, Gen.Choose(1, 20).ToArbitrary(), (name, length) =>
        {
            var typed = name.Typed[..Math.Min(length, name.Typed.Length)];
            // A half-width voiced mark alone at the cut would fold differently; cutting between letters is what staff type.
            return typed.EndsWith('ｶ') || typed.EndsWith('ﾊ') || NameSearchKey.For(name.Stored).Value.StartsWith(KeyOf(typed) ?? string.Empty, StringComparison.Ordinal);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Family_and_given_name_separated_by_any_space_split_into_the_two_stored_keys() =>
        Prop.ForAll(FullNames, Gen.Elements(" ", "　", "  ", " 　").ToArbitrary(), (name, space) =>
        {
            var criteria = Parse(name.Family.Typed + space + name.Given.Typed);
            return criteria.NameKey == NameSearchKey.For(name.Family.Stored).Value && criteria.GivenKey == NameSearchKey.For(name.Given.Stored).Value;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void The_stored_name_keeps_its_old_forms_while_its_key_uses_the_common_ones()
    {
        Assert.Equal(NameSearchKey.For("高崎辺斎").Value, NameSearchKey.For("髙﨑邊齋").Value);
        Assert.NotEqual("高崎辺斎", "髙﨑邊齋");
    }

    private static string? KeyOf(string typed) => Parse(typed).NameKey;

    private static ResidentSearchCriteria Parse(string name)
    {
        var reader = new InputReader();
        return ResidentSearchParser.Parse(new ResidentSearchInput { Name = name }, reader) ?? throw new InvalidOperationException("refused " + name);
    }
}
