using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Tests.Tenancy;

public sealed class LocalGovernmentCodeTests
{
    [Theory]
    [InlineData("034614")] // 大槌町
    [InlineData("035033")] // 野田村
    [InlineData("034851")] // 普代村
    [InlineData("110001")] // 埼玉県: remainder 0 gives check digit 1
    [InlineData("122190")] // 市原市: remainder 1 gives check digit 0
    public void Published_codes_have_a_valid_check_digit(string code)
    {
        Assert.True(LocalGovernmentCode.TryParse(code, out var parsed, out var error));
        Assert.Equal(LocalGovernmentCodeError.None, error);
        Assert.Equal(code, parsed!.Value.Value);
    }

    [Theory]
    [InlineData("034615")]
    [InlineData("035030")]
    [InlineData("110000")]
    public void A_wrong_check_digit_is_rejected(string code)
    {
        Assert.False(LocalGovernmentCode.TryParse(code, out _, out var error));
        Assert.Equal(LocalGovernmentCodeError.WrongCheckDigit, error);
    }

    [Theory]
    [InlineData("")]
    [InlineData("03461")]
    [InlineData("0346145")]
    [InlineData("03461a")]
    [InlineData(null)]
    public void Anything_but_six_digits_is_rejected(string? code)
    {
        Assert.False(LocalGovernmentCode.TryParse(code, out _, out var error));
        Assert.Equal(LocalGovernmentCodeError.NotSixDigits, error);
    }

    [Fact]
    public void Full_width_digits_are_accepted()
    {
        Assert.True(LocalGovernmentCode.TryParse("０３４６１４", out var parsed, out _));
        Assert.Equal("034614", parsed!.Value.Value);
    }

    [Fact]
    public void Every_code_in_the_master_list_has_a_valid_check_digit()
    {
        var master = LocalGovernmentMaster.Instance;
        Assert.Equal(1965, master.Count);
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "local-government-codes.csv")).Skip(1).ToList();
        Assert.Equal(1965, lines.Count);
        foreach (var code in lines.Select(l => l.Split(',')[0]))
        {
            Assert.True(LocalGovernmentCode.TryParse(code, out _, out var error), $"{code}: {error}");
            Assert.NotNull(master.Find(code));
        }
    }

    [Fact]
    public void Master_validation_names_the_problem()
    {
        var master = LocalGovernmentMaster.Instance;
        Assert.Equal(LocalGovernmentCodeError.None, master.Validate("034614", out var otsuchi));
        Assert.Equal("大槌町", otsuchi!.Name);
        Assert.Equal("岩手県", otsuchi.PrefectureName);
        Assert.Equal(LocalGovernmentCodeError.NotAMunicipality, master.Validate("030007", out _));
        Assert.Equal(LocalGovernmentCodeError.WrongCheckDigit, master.Validate("034615", out _));

        // A code with a valid check digit that no municipality holds.
        var unused = "99999" + LocalGovernmentCode.CheckDigitFor("99999");
        Assert.Equal(LocalGovernmentCodeError.NotInMasterList, master.Validate(unused, out _));
    }
}
