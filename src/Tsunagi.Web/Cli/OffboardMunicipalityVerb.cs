using System.CommandLine;
using System.Globalization;
using Tsunagi.Consortium.Features.Offboarding;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Web.Cli;

/// <summary>Offboards a municipality: its continuity export into an empty directory, verified, then deactivation (nothing deleted).</summary>
public static class OffboardMunicipalityVerb
{
    private const string Verb = "offboard-municipality";

    public static Command Create()
    {
        var code = new Argument<string>("code") { Description = "団体コード（6桁） / municipality code" };
        var export = new Option<string>("--export") { Description = "出力先の空フォルダ / empty directory for the export", Required = true };
        var consortium = new Option<string?>("--consortium") { Description = "共同利用団体のID（1つだけなら省略可） / consortium id" };
        var command = new Command(Verb, "団体の全データを出力・検証してから利用を終了させます（データは保存期間のあいだ保持）。 / Exports, verifies, then deactivates a municipality.") { code, export, consortium };
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(Verb, (services, ct) =>
            RunAsync(services, parse.GetValue(code)!, parse.GetValue(export)!, parse.GetValue(consortium), Console.Out, Console.Error, ct), cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(IServiceProvider services, string code, string directory, string? consortium, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var consortiumId = await ConsortiumChoice.ResolveAsync(services, consortium, error, cancellationToken);
        if (consortiumId is null)
        {
            return 1;
        }

        try
        {
            var done = await services.InTenantScopeAsync(consortiumId, TenantKind.Consortium, sp =>
                sp.GetRequiredService<OffboardMunicipalityHandler>().HandleAsync(code, directory, cancellationToken));
            if (done is null)
            {
                await error.WriteLineAsync($"エラー / Error: 団体 {code} はこの共同利用団体に加入していません。 / {code} is not a member of {consortiumId}.");
                return 1;
            }

            var until = done.RetainedUntil.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            await output.WriteLineAsync($"団体 {done.Code} を出力・検証しました / exported and verified: {done.Archive.Tables} テーブル / tables, {done.Archive.Rows} 行 / rows → {done.Archive.Directory}");
            await output.WriteLineAsync($"利用を終了しました。データは {until} まで保持します（削除は別の手順） / deactivated; data kept until {until} (purging is a separate job).");
            return 0;
        }
        catch (OffboardingRefusedException refused)
        {
            await error.WriteLineAsync("エラー / Error: " + refused.Message);
            return 1;
        }
    }
}
