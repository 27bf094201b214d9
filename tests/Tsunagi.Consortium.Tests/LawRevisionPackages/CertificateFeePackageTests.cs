using Tsunagi.Certificates.Domain.Settings;
using Tsunagi.Consortium.Features.LawRevisionPackages;
using Tsunagi.Platform.Settings;
using Tsunagi.Testing;
using static Tsunagi.Consortium.Tests.LawRevisionPackages.LawPackageScopes;
using static Tsunagi.Consortium.Tests.LawRevisionPackages.PackageFiles;

namespace Tsunagi.Consortium.Tests.LawRevisionPackages;

/// <summary>The sample package of the repository (docs/law-packages) against the Certificates module's fee setting.</summary>
public sealed class CertificateFeePackageTests(LawPackageFactory factory) : IClassFixture<LawPackageFactory>
{
    private static byte[] SampleR9 => File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "docs", "law-packages", "R9-certificate-fees.yaml"));

    [Fact]
    public async Task The_sample_R9_fee_package_is_accepted_and_the_preview_shows_each_demo_town_keeping_its_own_fee_table()
    {
        var preview = await PreviewAsync(factory, SampleR9);

        Assert.NotEmpty(preview.Municipalities);
        Assert.All(preview.Municipalities, m =>
        {
            var impact = Assert.Single(m.Settings);
            Assert.Equal(CertificateSettingSource.Fees.Key, impact.Key);
            Assert.Equal(SettingImpactKind.KeptByCloserValue, impact.Kind);
            Assert.Equal(SettingScope.Municipality(m.Code), impact.KeptBy);
        });
    }

    [Fact]
    public async Task A_prefectural_fee_package_does_not_override_a_towns_own_table()
    {
        // A prefectural value is closer than the national one but farther than a town's own: every demo town keeps its table.
        var preview = await PreviewAsync(factory, Yaml("R9-iwate-fees", FeesEntry("03", 400)));

        Assert.All(preview.Municipalities, m => Assert.Equal(SettingImpactKind.KeptByCloserValue, Assert.Single(m.Settings).Kind));
    }

    [Fact]
    public async Task A_negative_fee_refuses_the_whole_package_naming_the_entry_the_key_and_the_field_and_nothing_is_stored()
    {
        var before = await StoredVersionsAsync(factory, CertificateSettingSource.Fees.Key);

        var previewRefused = await Assert.ThrowsAsync<LawPackageRejectedException>(() => PreviewAsync(factory, Yaml("R9-bad-fees", FeesEntry("national", 350), FeesEntry("national", -1, "2028-04-01"))));
        var importRefused = await Assert.ThrowsAsync<LawPackageRejectedException>(() => ImportAsync(factory, Yaml("R9-bad-fees", FeesEntry("national", 350), FeesEntry("national", -1, "2028-04-01"))));

        var problem = Assert.Single(importRefused.Problems);
        Assert.Equal("項目2 の value（certificates.fees）：手数料（1通）（1行目）：0から100,000までの整数を入力してください。", problem);
        Assert.Equal(importRefused.Problems, previewRefused.Problems);
        Assert.Equal(before, await StoredVersionsAsync(factory, CertificateSettingSource.Fees.Key));
        Assert.Equal(0, await ImportedPackagesAsync(factory, "R9-bad-fees"));
    }

    [Fact]
    public async Task The_same_type_twice_in_one_table_is_refused()
    {
        var refused = await Assert.ThrowsAsync<LawPackageRejectedException>(() => PreviewAsync(factory, Yaml(
            "R9-twice",
            "{ key: certificates.fees, scope: national, effectiveFrom: 2027-04-01, value: { fees: [ { type: MoveOutCertificate, feePerCopy: 0 }, { type: MoveOutCertificate, feePerCopy: 10 } ] } }")));

        Assert.Equal("項目1 の value（certificates.fees）：証明書の種類（2行目）：同じ証明書の種類は1行だけ指定してください。", Assert.Single(refused.Problems));
    }

    private static string FeesEntry(string scope, long yen, string effectiveFrom = "2027-04-01") =>
        $"{{ key: certificates.fees, scope: \"{scope}\", effectiveFrom: {effectiveFrom}, value: {{ fees: [ {{ type: ResidentCopyHousehold, feePerCopy: {yen} }}, {{ type: MoveOutCertificate, feePerCopy: 0 }} ] }} }}";
}
