using FsCheck;
using FsCheck.Fluent;
using Tsunagi.Platform.Japanese;

namespace Tsunagi.Platform.Tests.Japanese;

public sealed class ResidentRecordCodeTests
{
    [Theory]
    [InlineData("12345678903")] // 5·1+4·2+3·3+2·4+7·5+6·6+5·7+4·8+3·9+2·0 = 195, 195 mod 11 = 8, 11 − 8 = 3
    [InlineData("11111111113")] // 41 mod 11 = 8 → 3
    [InlineData("00000000000")] // remainder 0 → 0
    public void A_code_whose_check_digit_matches_the_assumed_formula_has_no_warning(string input)
    {
        Assert.True(ResidentRecordCode.TryParse(input, out var code, out var error));
        Assert.Equal(ResidentRecordCodeError.None, error);
        Assert.False(code!.Value.CheckDigitUnconfirmed);
        Assert.Equal(input, code.Value.Value);
    }

    [Theory]
    [InlineData("12345678904")]
    [InlineData("11111111110")]
    public void A_code_with_another_check_digit_is_accepted_with_a_warning(string input)
    {
        Assert.True(ResidentRecordCode.TryParse(input, out var code, out var error));
        Assert.Equal(ResidentRecordCodeError.None, error);
        Assert.True(code!.Value.CheckDigitUnconfirmed);
    }

    [Theory]
    [InlineData("１２３４５６７８９０３")]
    [InlineData("12345 67890 3")]
    [InlineData("1234-5678-903")]
    [InlineData("１２３４５－６７８９０－３")]
    public void A_code_typed_with_full_width_digits_spaces_or_hyphens_is_accepted(string input)
    {
        Assert.Equal("12345678903", ResidentRecordCode.Parse(input).Value);
    }

    [Theory]
    [InlineData("1234567890")]
    [InlineData("123456789012")]
    [InlineData("1234567890x")]
    public void Anything_but_eleven_digits_is_rejected(string input)
    {
        Assert.False(ResidentRecordCode.TryParse(input, out var code, out var error));
        Assert.Null(code);
        Assert.Equal(ResidentRecordCodeError.NotElevenDigits, error);
        Assert.Throws<FormatException>(() => ResidentRecordCode.Parse(input));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("  ")]
    public void An_empty_entry_is_reported_as_empty(string? input)
    {
        Assert.False(ResidentRecordCode.TryParse(input, out _, out var error));
        Assert.Equal(ResidentRecordCodeError.Empty, error);
    }

    [Fact]
    public void Every_eleven_digit_code_is_accepted_and_exactly_one_last_digit_raises_no_warning() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 9), 10).ToArbitrary(), digits =>
        {
            var first = string.Concat(digits);
            var withoutWarning = Enumerable.Range(0, 10)
                .Select(last => ResidentRecordCode.Parse(first + (char)('0' + last)))
                .Count(code => !code.CheckDigitUnconfirmed);
            return withoutWarning == 1;
        }).QuickCheckThrowOnFailure();
}
