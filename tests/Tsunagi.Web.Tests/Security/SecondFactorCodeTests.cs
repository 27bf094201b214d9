using Tsunagi.Web.Security;

namespace Tsunagi.Web.Tests.Security;

public sealed class SecondFactorCodeTests
{
    [Theory]
    [InlineData("123456", "123456")]
    [InlineData(" 123 456 ", "123456")]
    [InlineData("１２３４５６", "123456")]
    [InlineData("１２３\u3000４５６", "123456")]
    public void Authenticator_codes_accept_full_width_digits_and_spaces(string typed, string expected)
    {
        var code = SecondFactorCode.Parse(typed);

        Assert.Equal(new SecondFactorCode(SecondFactorCodeKind.Authenticator, expected), code);
    }

    [Theory]
    [InlineData("BCDFG-HJKMN", "BCDFG-HJKMN")]
    [InlineData("bcdfg-hjkmn", "BCDFG-HJKMN")]
    [InlineData("BCDFGHJKMN", "BCDFG-HJKMN")]
    [InlineData("ＢＣＤＦＧ－ＨＪＫＭＮ", "BCDFG-HJKMN")]
    [InlineData("bcdfg hjkmn", "BCDFG-HJKMN")]
    public void Recovery_codes_are_written_the_way_Identity_stores_them(string typed, string expected)
    {
        var code = SecondFactorCode.Parse(typed);

        Assert.Equal(new SecondFactorCode(SecondFactorCodeKind.RecoveryCode, expected), code);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12345a")]
    [InlineData("BCDF-GHJKMN")]
    [InlineData("BCDFG--HJKMN")]
    [InlineData("BCDFG-HJKM!")]
    public void Anything_else_is_not_a_code(string? typed) => Assert.Null(SecondFactorCode.Parse(typed));

    [Fact]
    public void Very_long_input_is_refused_without_normalising_it() => Assert.Null(SecondFactorCode.Parse(new string('1', 10_000)));
}
