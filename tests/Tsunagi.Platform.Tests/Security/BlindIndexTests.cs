using System.Security.Cryptography;
using System.Text;
using Tsunagi.Platform.Security;

namespace Tsunagi.Platform.Tests.Security;

public sealed class BlindIndexTests
{
    private const string Purpose = PersonalDataPurpose.IndividualNumber;
    private const string Number = "123456789018";

    [Fact]
    public void Equal_values_in_one_tenant_index_equally_and_different_values_do_not()
    {
        var key = TestKeys.NewDataKey(TestKeys.Otsuchi);

        var first = BlindIndex.Compute(key, Purpose, Number);

        Assert.Equal(BlindIndex.Size, first.Length);
        Assert.Equal(first, BlindIndex.Compute(key, Purpose, Number));
        Assert.NotEqual(first, BlindIndex.Compute(key, Purpose, "111111111118"));
    }

    [Theory]
    [InlineData("１２３４５６７８９０１８")]
    [InlineData("1234 5678 9018")]
    [InlineData("1234-5678-9018")]
    [InlineData("１２３４－５６７８－９０１８")]
    [InlineData(" 123456789018　")]
    public void Spellings_of_the_same_number_index_equally(string spelling)
    {
        var key = TestKeys.NewDataKey(TestKeys.Otsuchi);

        Assert.Equal(BlindIndex.Compute(key, Purpose, Number), BlindIndex.Compute(key, Purpose, spelling));
    }

    [Fact]
    public void The_same_value_in_two_tenants_indexes_differently()
    {
        var otsuchi = BlindIndex.Compute(TestKeys.NewDataKey(TestKeys.Otsuchi), Purpose, Number);
        var noda = BlindIndex.Compute(TestKeys.NewDataKey(TestKeys.Noda), Purpose, Number);

        Assert.NotEqual(otsuchi, noda);
    }

    [Fact]
    public void The_same_value_indexes_differently_for_another_purpose()
    {
        var key = TestKeys.NewDataKey(TestKeys.Otsuchi);

        Assert.NotEqual(BlindIndex.Compute(key, Purpose, Number), BlindIndex.Compute(key, "resident.resident-code", Number));
    }

    [Fact]
    public void The_index_is_keyed_so_an_unkeyed_hash_of_the_value_does_not_match_it()
    {
        var index = BlindIndex.Compute(TestKeys.NewDataKey(TestKeys.Otsuchi), Purpose, Number);

        Assert.NotEqual(SHA256.HashData(Encoding.UTF8.GetBytes(Number)), index);
        Assert.NotEqual(HMACSHA256.HashData(Array.Empty<byte>(), Encoding.UTF8.GetBytes(Number)), index);
    }

    [Theory]
    [InlineData("１２３４ ５６７８‐９０１８", "123456789018")]
    [InlineData("ab−cd", "ABCD")]
    [InlineData("ＡＢ１２", "AB12")]
    public void Normalising_removes_width_spaces_and_hyphens(string value, string expected) =>
        Assert.Equal(expected, BlindIndex.Normalise(value));
}
