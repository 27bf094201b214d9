using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Addresses;

namespace Tsunagi.Residents.Tests.Addresses;

public sealed class PostalCodeDirectoryTests
{
    private readonly PostalCodeDirectory _postal = PostalCodeDirectory.Instance;

    [Theory]
    [InlineData("0281121")]
    [InlineData("028-1121")]
    [InlineData("〒０２８－１１２１")]
    public void A_postal_code_as_typed_gives_its_locality_and_town(string typed)
    {
        var found = Assert.Single(_postal.Find(typed));

        Assert.Equal("小鎚", found.Locality);
        Assert.Equal("034614", found.MunicipalityCode);
        Assert.Equal("028-1121", found.PostalCodeWithHyphen);
    }

    [Theory]
    [InlineData("9999999")]
    [InlineData("028112")]
    [InlineData("abc")]
    [InlineData(null)]
    public void An_unknown_or_malformed_code_finds_nothing(string? typed) => Assert.Empty(_postal.Find(typed));

    [Fact]
    public void The_localities_of_the_demo_villages_are_their_real_ones()
    {
        Assert.Equal(["玉川", "野田"], _postal.LocalitiesOf("035033").Order(StringComparer.Ordinal));
        Assert.Contains("太田名部", _postal.LocalitiesOf("034851"));
        Assert.Contains("吉里吉里", _postal.LocalitiesOf("034614"));
        Assert.True(_postal.LocalitiesOf("034614").Count >= 15);
    }

    [Fact]
    public void A_municipality_is_found_by_its_name_with_or_without_the_prefecture()
    {
        var byName = _postal.InMunicipalityNamed("大槌町", LocalGovernmentMaster.Instance);
        var byFullName = _postal.InMunicipalityNamed("岩手県大槌町", LocalGovernmentMaster.Instance);

        Assert.Equal(_postal.InMunicipality("034614"), byName);
        Assert.Equal(byName, byFullName);
    }

    [Fact]
    public void Japan_Post_remarks_are_removed_and_ward_codes_are_used_in_designated_cities()
    {
        Assert.Contains(_postal.Find("1000004"), l => l.Locality == "大手町" && l.MunicipalityCode == "131016");
        Assert.Contains(_postal.Find("0600001"), l => l.Locality == "北一条西" && l.MunicipalityCode == "011011");
        Assert.True(_postal.Count > 100_000);
    }
}
