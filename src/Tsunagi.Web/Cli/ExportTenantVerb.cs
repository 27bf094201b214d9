using System.CommandLine;
using Tsunagi.Continuity.Export;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Web.Cli;

/// <summary>Writes all of one municipality's data (every module's tables, audit included) as JSON Lines per table with a manifest.</summary>
public static class ExportTenantVerb
{
    private const string Verb = "export-tenant";

    public static Command Create()
    {
        var municipality = new Option<string>("--municipality") { Description = "団体コード（6桁） / municipality code", Required = true };
        var output = new Option<string>("--out") { Description = "出力先の空フォルダ / empty output directory", Required = true };
        var command = new Command(Verb, "1団体の全データ（全モジュールのテーブル・監査ログ）を JSON Lines とマニフェストで出力します。 / Exports one municipality's data.") { municipality, output };
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(Verb, (services, ct) =>
            RunAsync(services, parse.GetValue(municipality)!, parse.GetValue(output)!, Console.Out, ct), cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(IServiceProvider services, string municipality, string directory, TextWriter output, CancellationToken cancellationToken)
    {
        if (!LocalGovernmentCode.TryParse(municipality, out var parsed, out _))
        {
            throw new ExportRefusedException("団体コードが正しくありません（6桁、検査数字付き）。 / The municipality code is not valid.");
        }

        var code = parsed.Value.Value;
        var manifest = await services.InTenantScopeAsync(code, TenantKind.Municipality, sp =>
        {
            sp.GetRequiredService<AuditActor>().ActAsSystem("cli:" + Verb);
            return sp.GetRequiredService<TenantExporter>().ExportAsync(Path.GetFullPath(directory), cancellationToken);
        });
        await output.WriteLineAsync($"団体 {code} を出力しました / exported: {manifest.Files.Count} テーブル / tables, {manifest.Files.Sum(f => f.Rows)} 行 / rows → {Path.GetFullPath(directory)}");
        return 0;
    }
}
