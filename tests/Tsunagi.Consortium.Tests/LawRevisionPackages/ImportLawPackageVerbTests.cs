using Tsunagi.Web.Cli;
using static Tsunagi.Consortium.Tests.LawRevisionPackages.LawPackageScopes;
using static Tsunagi.Consortium.Tests.LawRevisionPackages.PackageFiles;

namespace Tsunagi.Consortium.Tests.LawRevisionPackages;

public sealed class ImportLawPackageVerbTests(LawPackageFactory factory) : IClassFixture<LawPackageFactory>
{
    [Fact]
    public async Task A_dry_run_prints_the_preview_and_imports_nothing_then_the_real_run_imports()
    {
        await StoreOwnValueAsync(factory, "034851", LawPackageSettings.Fee, new DateOnly(2037, 4, 1), "{\"yen\":250}");
        var path = Path.Combine(factory.DataDirectory, "R19.yaml");
        await File.WriteAllBytesAsync(path, Yaml("R19-cli", FeeEntry("national", 380, "2037-04-01")), TestContext.Current.CancellationToken);
        using var dry = new StringWriter();
        using var real = new StringWriter();

        var dryCode = await ImportLawPackageVerb.RunAsync(factory.Services, path, dryRun: true, null, dry, TestContext.Current.CancellationToken);
        var importedAfterDryRun = await ImportedPackagesAsync(factory, "R19-cli");
        var realCode = await ImportLawPackageVerb.RunAsync(factory.Services, path, dryRun: false, null, real, TestContext.Current.CancellationToken);

        Assert.Equal((0, 0, 0), (dryCode, importedAfterDryRun, realCode));
        Assert.Contains("岩手県大槌町 (034614): 変更あり / changes", dry.ToString(), StringComparison.Ordinal);
        Assert.Contains("{\"yen\":300} → {\"yen\":380}", dry.ToString(), StringComparison.Ordinal);
        Assert.Contains("岩手県普代村 (034851): 影響なし / not affected", dry.ToString(), StringComparison.Ordinal);
        Assert.Contains("Dry run: nothing imported.", dry.ToString(), StringComparison.Ordinal);
        Assert.Contains("imported 1 values.", real.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, await ImportedPackagesAsync(factory, "R19-cli"));
    }

    [Fact]
    public async Task A_refused_package_prints_each_problem_and_exits_1()
    {
        var path = Path.Combine(factory.DataDirectory, "bad.yaml");
        await File.WriteAllBytesAsync(path, Yaml("R20-cli", FeeEntry("99", 380)), TestContext.Current.CancellationToken);
        using var output = new StringWriter();

        var code = await ImportLawPackageVerb.RunAsync(factory.Services, path, dryRun: false, null, output, TestContext.Current.CancellationToken);

        Assert.Equal(1, code);
        Assert.Contains("項目1 の scope：", output.ToString(), StringComparison.Ordinal);
    }
}
