using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Localization;
using Tsunagi.Consortium.Features.LegacyMigration;
using Tsunagi.Consortium.Resources;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Web.Cli;

/// <summary>Imports residents and households from a legacy system's CSV (dry run: the validation report only).</summary>
public static class MigrateLegacyVerb
{
    private const string Verb = "migrate-legacy";

    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "旧システムの CSV / the legacy CSV file" };
        var mapping = new Option<string>("--mapping") { Description = "対応表（JSON） / mapping file (JSON)", Required = true };
        var tenant = new Option<string>("--tenant") { Description = "団体コード（6桁） / municipality code", Required = true };
        var dryRun = new Option<bool>("--dry-run") { Description = "検証だけ行い取り込まない / validate only, import nothing" };
        var report = new Option<string?>("--report") { Description = "検証結果 CSV の出力先（省略時: <file>.report.csv） / where to write the validation report" };
        var command = new Command(Verb, "旧システムの住民・世帯データ（CSV）を職権記載（移行）として取り込みます。 / Imports residents from a legacy system's CSV.") { file, mapping, tenant, dryRun, report };
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(Verb, (services, ct) =>
            RunAsync(services, parse.GetValue(file)!, parse.GetValue(mapping)!, parse.GetValue(tenant)!, parse.GetValue(dryRun), parse.GetValue(report), Console.Out, Console.Error, ct), cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(IServiceProvider services, string path, string mappingPath, string municipality, bool dryRun, string? reportPath, TextWriter output, TextWriter progressOut, CancellationToken cancellationToken)
    {
        TenantChoice? choice;
        await using (var scope = services.CreateAsyncScope())
        {
            choice = await scope.ServiceProvider.GetRequiredService<TenantDirectory>().FindAsync(municipality, cancellationToken);
        }

        if (choice is not { Kind: TenantKind.Municipality })
        {
            await progressOut.WriteLineAsync($"エラー: --tenant '{municipality}' は登録された市区町村ではありません。 / Error: unknown municipality.");
            return 2;
        }

        if (!File.Exists(path) || new FileInfo(path).Length > LegacyMigrationService.MaxFileBytes || !File.Exists(mappingPath))
        {
            await progressOut.WriteLineAsync("エラー: ファイルがないか、大きすぎます（上限 512 MB）。 / Error: file missing or too large.");
            return 2;
        }

        try
        {
            var mapping = MigrationMapping.Parse(await File.ReadAllTextAsync(mappingPath, cancellationToken));
            var bytes = await File.ReadAllBytesAsync(path, cancellationToken);
            var bar = new ProgressBar(progressOut);
            return await services.InTenantScopeAsync(choice.TenantId, choice.Kind, async sp =>
            {
                var service = sp.GetRequiredService<LegacyMigrationService>();
                var text = sp.GetRequiredService<IStringLocalizer<ConsortiumResource>>();
                ValidationReport result;
                if (dryRun)
                {
                    result = await service.DryRunAsync(bytes, mapping, bar, cancellationToken);
                }
                else
                {
                    var outcome = await service.RunAsync(bytes, Path.GetFileName(path), mapping, "cli:" + Verb, bar, cancellationToken);
                    result = outcome.Report;
                    await output.WriteLineAsync(outcome.NothingNew
                        ? string.Create(CultureInfo.InvariantCulture, $"新たに取り込む住民はいません（取込済み {outcome.AlreadyImported:N0} 人）。 / Nothing new to import ({outcome.AlreadyImported:N0} already imported).")
                        : string.Create(CultureInfo.InvariantCulture, $"取り込みました / imported: {outcome.Imported:N0} 人, {outcome.Households:N0} 世帯（取込済みのため省略 {outcome.AlreadyImported:N0} 人）{(outcome.Resumed ? "（中断した実行の続き / resumed）" : string.Empty)}"));
                }

                var target = reportPath ?? path + ".report.csv";
                await File.WriteAllBytesAsync(target, ValidationReportCsv.Write(result, text), cancellationToken);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"検証 / validated: {result.Rows:N0} 行, 取込対象 {result.ImportableRows:N0} 行, 誤りのある行 {result.RowsWithErrors:N0}, 指摘 {result.Problems.Count:N0} 件, 文字コード {result.Encoding} → {Path.GetFullPath(target)}"));
                return result.HasErrors && dryRun ? 1 : 0;
            });
        }
        catch (MappingException ex)
        {
            await progressOut.WriteLineAsync("エラー / Error: " + ex.Message);
            return 2;
        }
    }
}
