using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Consortium.Features.LawRevisionPackages;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;
using static Tsunagi.Consortium.Tests.LawRevisionPackages.LawPackageScopes;
using static Tsunagi.Consortium.Tests.LawRevisionPackages.PackageFiles;

namespace Tsunagi.Consortium.Tests.LawRevisionPackages;

public sealed class LawPackageImportTests(LawPackageFactory factory) : IClassFixture<LawPackageFactory>
{
    private static readonly string Retention = LawPackageSettings.RetentionYears.Key;

    [Fact]
    public async Task An_imported_national_value_is_read_by_a_town_from_its_effective_date_and_the_import_is_audited()
    {
        var result = await ImportAsync(factory, Yaml("R9-retention", "{ key: test.retention, scope: national, effectiveFrom: 2027-04-01, value: { years: 9 } }"));

        Assert.False(result.AlreadyImported);
        Assert.Equal(5, (await ReadAsync(factory, "034614", LawPackageSettings.RetentionYears, new DateOnly(2027, 3, 31))).Years);
        Assert.Equal(9, (await ReadAsync(factory, "034614", LawPackageSettings.RetentionYears, new DateOnly(2027, 4, 1))).Years);
        Assert.Single(await AuditLog.EventsAsync(factory, Sanriku, TenantKind.Consortium), e => e.Action == LawPackageImporter.AuditAction && e.SubjectId == result.Package.Id.ToString());
    }

    [Fact]
    public async Task Importing_the_same_file_again_stores_nothing_more()
    {
        var file = Yaml("R10-retention", "{ key: test.retention, scope: \"03\", effectiveFrom: 2028-04-01, value: { years: 10 } }");
        await ImportAsync(factory, file);
        var versions = await StoredVersionsAsync(factory, Retention);

        var again = await ImportAsync(factory, file);
        var preview = await PreviewAsync(factory, file);

        Assert.True(again.AlreadyImported);
        Assert.NotNull(preview.AlreadyImported);
        Assert.Equal(versions, await StoredVersionsAsync(factory, Retention));
        Assert.Equal(1, await ImportedPackagesAsync(factory, "R10-retention"));
    }

    [Fact]
    public async Task A_different_file_under_an_imported_id_is_refused_and_nothing_of_it_is_stored()
    {
        await ImportAsync(factory, Yaml("R11-retention", "{ key: test.retention, scope: national, effectiveFrom: 2029-04-01, value: { years: 11 } }"));
        var versions = await StoredVersionsAsync(factory, Retention);

        var ex = await Assert.ThrowsAsync<LawPackageRejectedException>(() => ImportAsync(factory, Yaml(
            "R11-retention",
            "{ key: test.retention, scope: national, effectiveFrom: 2029-04-01, value: { years: 12 } }",
            "{ key: test.retention, scope: national, effectiveFrom: 2030-04-01, value: { years: 12 } }")));

        Assert.Equal("id：パッケージ「R11-retention」は別の内容で取込済みです。訂正は新しいIDのパッケージにしてください。", Assert.Single(ex.Problems));
        Assert.Equal(versions, await StoredVersionsAsync(factory, Retention));
    }

    [Fact]
    public async Task One_bad_entry_stores_none_of_the_package()
    {
        var fees = await StoredVersionsAsync(factory, LawPackageSettings.Fee.Key);
        var retention = await StoredVersionsAsync(factory, Retention);
        var audited = (await AuditLog.EventsAsync(factory, Sanriku, TenantKind.Consortium)).Count;

        var ex = await Assert.ThrowsAsync<LawPackageRejectedException>(() => ImportAsync(factory, Yaml(
            "R12-mixed",
            FeeEntry("national", 400, "2030-04-01"),
            "{ key: test.retention, scope: national, effectiveFrom: 2030-04-01, value: { years: 12 } }",
            "{ key: test.retention, scope: national, effectiveFrom: 2031-04-01, value: { years: -x } }")));

        Assert.StartsWith("項目3 の value：", Assert.Single(ex.Problems), StringComparison.Ordinal);
        Assert.Equal(fees, await StoredVersionsAsync(factory, LawPackageSettings.Fee.Key));
        Assert.Equal(retention, await StoredVersionsAsync(factory, Retention));
        Assert.Equal(0, await ImportedPackagesAsync(factory, "R12-mixed"));
        Assert.Equal(audited, (await AuditLog.EventsAsync(factory, Sanriku, TenantKind.Consortium)).Count);
    }

    [Fact]
    public async Task A_municipality_cannot_import_a_package()
    {
        var file = Yaml("R13-town", FeeEntry("national", 999, "2035-04-01"));

        await Assert.ThrowsAsync<LawPackageRejectedException>(() => factory.Services.InTenantScopeAsync("034614", TenantKind.Municipality, sp =>
            sp.GetRequiredService<LawPackageImporter>().ImportAsync(sp.GetRequiredService<LawPackageReader>().Read(file), TestContext.Current.CancellationToken)));
        Assert.Equal(0, await ImportedPackagesAsync(factory, "R13-town"));
    }
}
