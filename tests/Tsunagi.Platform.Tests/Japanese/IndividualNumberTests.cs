using FsCheck;
using FsCheck.Fluent;
using Tsunagi.Platform.Japanese;

namespace Tsunagi.Platform.Tests.Japanese;

public sealed class IndividualNumberTests
{
    private static readonly Arbitrary<string> ValidNumbers =
        Gen.ArrayOf(Gen.Choose(0, 9), 11)
            .Select(digits => string.Concat(digits) + ModulusElevenCheckDigit.For(string.Concat(digits)).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ToArbitrary();

    [Theory]
    [InlineData("123456789018")]
    [InlineData("111111111118")]
    public void Published_examples_are_valid(string input)
    {
        Assert.True(IndividualNumber.TryParse(input, out var number, out var error));
        Assert.Equal(IndividualNumberError.None, error);
        Assert.Equal(input, number!.Value.Value);
    }

    [Theory]
    [InlineData("１２３４５６７８９０１８")]
    [InlineData("1234 5678 9018")]
    [InlineData("1234-5678-9018")]
    [InlineData("１２３４－５６７８－９０１８")]
    [InlineData("１２３４　５６７８　９０１８")]
    [InlineData(" 123456789018 ")]
    public void A_number_typed_with_full_width_digits_spaces_or_hyphens_is_accepted(string input)
    {
        Assert.True(IndividualNumber.TryParse(input, out var number, out _));
        Assert.Equal("123456789018", number!.Value.Value);
    }

    [Theory]
    [InlineData("123456789017")]
    [InlineData("111111111110")]
    public void A_wrong_check_digit_is_a_hard_error(string input)
    {
        Assert.False(IndividualNumber.TryParse(input, out var number, out var error));
        Assert.Null(number);
        Assert.Equal(IndividualNumberError.WrongCheckDigit, error);
        Assert.Throws<FormatException>(() => IndividualNumber.Parse(input));
    }

    [Theory]
    [InlineData("12345678901")]
    [InlineData("1234567890180")]
    [InlineData("12345678901a")]
    [InlineData("1234.5678.9018")]
    public void Anything_but_twelve_digits_is_rejected(string input)
    {
        Assert.False(IndividualNumber.TryParse(input, out _, out var error));
        Assert.Equal(IndividualNumberError.NotTwelveDigits, error);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("　")]
    public void An_empty_entry_is_reported_as_empty(string? input)
    {
        Assert.False(IndividualNumber.TryParse(input, out _, out var error));
        Assert.Equal(IndividualNumberError.Empty, error);
    }

    [Fact]
    public void The_display_form_masks_all_but_the_last_four_digits()
    {
        var number = IndividualNumber.Parse("123456789018");
        Assert.Equal("********9018", number.Masked);
        Assert.Equal("********9018", number.ToString());
        Assert.Equal("********9018", $"{number}");
    }

    [Fact]
    public void Remainders_zero_and_one_both_give_check_digit_zero()
    {
        // 10000000000: remainder 6×1 = 6 → 5; 00000000000 → remainder 0 → 0; 00000000006 → 12 mod 11 = 1 → 0.
        Assert.Equal(5, ModulusElevenCheckDigit.For("10000000000"));
        Assert.Equal(0, ModulusElevenCheckDigit.For("00000000000"));
        Assert.Equal(1, ModulusElevenCheckDigit.Remainder("00000000006"));
        Assert.Equal(0, ModulusElevenCheckDigit.For("00000000006"));
    }

    [Fact]
    public void Every_number_built_with_the_check_digit_is_accepted() =>
        Prop.ForAll(ValidNumbers, text => IndividualNumber.TryParse(text, out _, out _)).QuickCheckThrowOnFailure();

    [Fact]
    public void Changing_any_single_digit_breaks_the_check_unless_both_remainders_fold_to_zero() =>
        Prop.ForAll(ValidNumbers, Gen.Choose(0, 11).ToArbitrary(), Gen.Choose(1, 9).ToArbitrary(), (text, position, shift) =>
        {
            var changed = text.ToCharArray();
            changed[position] = (char)('0' + ((changed[position] - '0' + shift) % 10));
            var accepted = IndividualNumber.TryParse(new string(changed), out _, out _);

            // The 省令 maps remainders 0 and 1 to the same check digit, so that one change is invisible.
            var invisible = position < 11
                && ModulusElevenCheckDigit.Remainder(text.AsSpan(0, 11)) <= 1
                && ModulusElevenCheckDigit.Remainder(changed.AsSpan(0, 11)) <= 1;
            return accepted == invisible;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void The_masked_form_never_shows_more_than_the_last_four_digits() =>
        Prop.ForAll(ValidNumbers, text =>
        {
            var masked = IndividualNumber.Parse(text).Masked;
            return masked.Length == 12 && masked.StartsWith("********", StringComparison.Ordinal) && masked.EndsWith(text[8..], StringComparison.Ordinal);
        }).QuickCheckThrowOnFailure();
}
