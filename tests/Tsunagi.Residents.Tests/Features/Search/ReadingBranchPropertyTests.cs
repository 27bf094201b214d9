using FsCheck;
using FsCheck.Fluent;
using Tsunagi.Platform.Japanese;
using Tsunagi.Residents.Features.Search;
using Tsunagi.Residents.Input;

namespace Tsunagi.Residents.Tests.Features.Search;

/// <summary>
/// The search leaves out the 氏名カナ and 名カナ ranges for a term that cannot be the start of a reading. That is only
/// safe if every reading the input accepts has a key made of what <see cref="ResidentSearchFilter.CouldBeReading"/>
/// allows: these properties tie the two together.
/// </summary>
public sealed class ReadingBranchPropertyTests
{
    // Every kind of character the reading fields accept (InputReader.Kana), including half-width kana and voiced marks.
    private static readonly char[] ReadingCharacters =
    [
        .. Enumerable.Range(0x3041, 0x3096 - 0x3041 + 1).Select(c => (char)c),
        .. Enumerable.Range(0x309B, 0x309E - 0x309B + 1).Select(c => (char)c),
        .. Enumerable.Range(0x30A1, 0x30FA - 0x30A1 + 1).Select(c => (char)c),
        .. Enumerable.Range(0x30FC, 0x30FE - 0x30FC + 1).Select(c => (char)c),
        .. Enumerable.Range(0xFF66, 0xFF9F - 0xFF66 + 1).Select(c => (char)c),
        ' ', '　', '・', '･', 'ー',
    ];

    private static readonly Arbitrary<string> Readings =
        Gen.NonEmptyListOf(Gen.Elements(ReadingCharacters)).Select(c => new string([.. c.Take(30)])).ToArbitrary();

    [Fact]
    public void Every_reading_the_input_accepts_has_a_key_the_reading_ranges_are_searched_for() =>
        Prop.ForAll(Readings, reading =>
        {
            var accepted = new InputReader().Kana(reading, "familyNameKana", "Field.FamilyNameKana", 50);
            return accepted is null || ResidentSearchFilter.CouldBeReading(NameSearchKey.For(accepted).Value);
        }).QuickCheckThrowOnFailure();

    [Theory]
    [InlineData("佐藤")]
    [InlineData("サ藤")]
    [InlineData("SATO")]
    public void A_term_with_a_kanji_or_a_latin_letter_is_not_searched_among_readings(string term) =>
        Assert.False(ResidentSearchFilter.CouldBeReading(NameSearchKey.For(term).Value));

    [Theory]
    [InlineData("さとう")]
    [InlineData("ｻﾄｳ")]
    [InlineData("ヴァン・ダイク")]
    public void A_kana_term_is_searched_among_readings(string term) =>
        Assert.True(ResidentSearchFilter.CouldBeReading(NameSearchKey.For(term).Value));
}
