using Tsunagi.Consortium.Features.LawRevisionPackages;
using Tsunagi.Platform.Settings;
using static Tsunagi.Consortium.Tests.LawRevisionPackages.LawPackageScopes;
using static Tsunagi.Consortium.Tests.LawRevisionPackages.PackageFiles;

namespace Tsunagi.Consortium.Tests.LawRevisionPackages;

public sealed class LawPackagePreviewTests(LawPackageFactory factory) : IClassFixture<LawPackageFactory>
{
    private const string Otsuchi = "034614";
    private const string Noda = "035033";
    private const string Fudai = "034851";

    [Fact]
    public async Task A_national_revision_changes_the_towns_without_their_own_value_and_names_the_town_that_keeps_its_own()
    {
        await StoreOwnValueAsync(factory, Fudai, LawPackageSettings.Fee, new DateOnly(2030, 4, 1), "{\"yen\":200}");

        var preview = await PreviewAsync(factory, Yaml("R13-fees", FeeEntry("national", 350, "2031-04-01")));

        Assert.Equal([Otsuchi, Noda], preview.Affected.Select(m => m.Code).Order(StringComparer.Ordinal));
        var change = Assert.Single(preview.Municipalities.Single(m => m.Code == Otsuchi).Changes);
        Assert.Equal(("{\"yen\":300}", "{\"yen\":350}", new DateOnly(2031, 4, 1)), (change.BeforeJson, change.AfterJson, change.EffectiveFrom));
        var fudai = Assert.Single(preview.NotAffected);
        Assert.Equal(Fudai, fudai.Code);
        var kept = Assert.Single(fudai.Settings);
        Assert.Equal((SettingImpactKind.KeptByCloserValue, SettingScope.Municipality(Fudai), "{\"yen\":200}"), (kept.Kind, kept.KeptBy, kept.AfterJson));
        Assert.Equal(0, await ImportedPackagesAsync(factory, "R13-fees"));
    }

    [Fact]
    public async Task A_prefectural_value_in_the_same_package_is_closer_than_its_national_one()
    {
        var preview = await PreviewAsync(factory, Yaml("R15-fees", FeeEntry("national", 500, "2033-04-01"), FeeEntry("03", 450, "2033-04-01"), FeeEntry("13", 480, "2033-04-01")));

        var otsuchi = preview.Municipalities.Single(m => m.Code == Otsuchi);
        Assert.Equal([1, 2], otsuchi.Settings.Select(s => s.EntryNumber).Order());
        Assert.Equal(SettingScope.Prefecture("03"), otsuchi.Settings.Single(s => s.EntryNumber == 1).KeptBy);
        Assert.Equal("{\"yen\":450}", Assert.Single(otsuchi.Changes).AfterJson);
        Assert.DoesNotContain(preview.Municipalities.SelectMany(m => m.Settings), s => s.EntryNumber == 3);
    }

    [Fact]
    public async Task The_same_value_as_the_one_in_force_is_not_counted_as_a_change()
    {
        var preview = await PreviewAsync(factory, Yaml("R16-same", FeeEntry("national", 300, "2034-04-01")));

        Assert.All(preview.Municipalities.Where(m => m.Code != Fudai), m => Assert.Equal(SettingImpactKind.SameValue, Assert.Single(m.Settings).Kind));
        Assert.Empty(preview.Affected);
    }
}
