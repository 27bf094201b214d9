using Tsunagi.Testing;
using Tsunagi.Web.Cli;

namespace Tsunagi.Consortium.Tests.LegacyMigration;

public sealed class MigrateLegacyVerbTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Fact]
    public async Task The_cli_dry_run_prints_the_report_and_imports_nothing_the_real_run_shows_progress_and_imports_and_a_re_run_imports_nothing_more()
    {
        var file = new LegacyFile();
        file.Add("V1", "HV1", "髙橋", "一", recordCode: LegacyFile.RecordCode(700), number: LegacyFile.Number(700));
        file.Add("V2", "HV1", "髙橋", "二", relationship: "03", recordCode: LegacyFile.RecordCode(701));
        file.Add("V3", "HV2", "山﨑", "三", recordCode: LegacyFile.RecordCode(702));
        var bad = file.Add("V4", "HV3", "佐藤", "四", birth: "H11.2.30");
        var path = Path.Combine(factory.DataDirectory, "legacy-cli.csv");
        var mapping = Path.Combine(factory.DataDirectory, "legacy-cli.json");
        var report = Path.Combine(factory.DataDirectory, "legacy-cli.report.csv");
        await File.WriteAllBytesAsync(path, file.ShiftJis(), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(mapping, LegacyFile.Mapping, TestContext.Current.CancellationToken);

        var (dryCode, dry, _) = await RunAsync(path, mapping, dryRun: true, report);
        var afterDryRun = await CountAsync();
        var reportText = await File.ReadAllTextAsync(report, TestContext.Current.CancellationToken);
        var (realCode, real, progress) = await RunAsync(path, mapping, dryRun: false, report);
        var afterRun = await CountAsync();
        var (againCode, again, _) = await RunAsync(path, mapping, dryRun: false, report);

        Assert.Equal((1, 0, 0), (dryCode, realCode, againCode));
        Assert.Contains("検証 / validated: 4 行, 取込対象 3 行, 誤りのある行 1", dry, StringComparison.Ordinal);
        Assert.Contains($"{bad},エラー", reportText, StringComparison.Ordinal);
        Assert.Equal(0, afterDryRun);
        Assert.Contains("取り込みました / imported: 3 人, 2 世帯", real, StringComparison.Ordinal);
        Assert.Contains("準備 / staging", progress, StringComparison.Ordinal);
        Assert.Contains("取込 / importing", progress, StringComparison.Ordinal);
        Assert.Contains("100% 3/3", progress, StringComparison.Ordinal);
        Assert.Equal(3, afterRun);
        Assert.Contains("新たに取り込む住民はいません（取込済み 3 人）", again, StringComparison.Ordinal);
        Assert.Equal(3, await CountAsync());
    }

    private async Task<(int Code, string Output, string Progress)> RunAsync(string path, string mapping, bool dryRun, string report)
    {
        using var output = new StringWriter();
        using var progress = new StringWriter();
        var code = await MigrateLegacyVerb.RunAsync(factory.Services, path, mapping, "034614", dryRun, report, output, progress, TestContext.Current.CancellationToken);
        return (code, output.ToString(), progress.ToString());
    }

    private async Task<int> CountAsync() =>
        (await MigrationScope.MigratedAsync(factory.Services, "034614")).Count(m => m.Key.StartsWith("legacy:V", StringComparison.Ordinal));
}
