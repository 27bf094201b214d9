using System.CommandLine;
using System.Globalization;
using Tsunagi.Consortium.Features.Onboarding;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Web.Cli;

/// <summary>Onboards a municipality from the national master list, as the operator screen does, and prints its invitation link once.</summary>
public static class OnboardMunicipalityVerb
{
    private const string Verb = "onboard-municipality";

    public static Command Create()
    {
        var code = new Argument<string>("code") { Description = "団体コード（6桁） / municipality code" };
        var email = new Option<string>("--admin-email") { Description = "最初の管理者のメールアドレス / first administrator's e-mail", Required = true };
        var consortium = new Option<string?>("--consortium") { Description = "共同利用団体のID（1つだけなら省略可） / consortium id" };
        var baseUrl = new Option<string>("--base-url") { Description = "招待リンクの URL の先頭 / base URL of the link", DefaultValueFactory = _ => "http://127.0.0.1:8080" };
        var command = new Command(Verb, "団体を加入させます（利用開始の準備中）。招待リンクを表示します。 / Onboards a municipality and prints the invitation link.") { code, email, consortium, baseUrl };
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(Verb, (services, ct) =>
            RunAsync(services, parse.GetValue(code)!, parse.GetValue(email)!, parse.GetValue(consortium), parse.GetValue(baseUrl)!, Console.Out, Console.Error, ct), cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(IServiceProvider services, string code, string email, string? consortium, string baseUrl, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var consortiumId = await ConsortiumChoice.ResolveAsync(services, consortium, error, cancellationToken);
        if (consortiumId is null)
        {
            return 1;
        }

        var result = await services.InTenantScopeAsync(consortiumId, TenantKind.Consortium, sp =>
            sp.GetRequiredService<OnboardMunicipalityHandler>().HandleAsync(new OnboardMunicipalityCommand(code, email), cancellationToken));
        if (result.Municipality is not { } done)
        {
            foreach (var message in result.Errors.Values)
            {
                await error.WriteLineAsync("エラー / Error: " + message);
            }

            return 1;
        }

        var expires = TokyoTime.ToTokyo(done.InvitationExpiresAt).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        await output.WriteLineAsync($"{done.FullName}（{done.Code}）を加入させました（利用開始の準備中）。 / Onboarded {done.Code} (not in use yet).");
        await output.WriteLineAsync($"管理者の招待リンク（1回限り、{expires} まで。再表示できません） / invitation link (single use, until {expires} JST, shown once):");
        await output.WriteLineAsync(baseUrl.TrimEnd('/') + done.InvitationPath);
        return 0;
    }
}
