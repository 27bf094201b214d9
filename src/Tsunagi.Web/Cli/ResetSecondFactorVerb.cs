using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Web.Cli;

/// <summary>
/// For a staff member who lost both the authenticator and the recovery codes: turns the second factor off,
/// ends their sessions and makes them enrol again at the next sign-in. Audited in their tenant.
/// </summary>
public static class ResetSecondFactorVerb
{
    private const string Verb = "reset-second-factor";

    public static Command Create()
    {
        var tenant = new Option<string>("--tenant") { Description = "団体コード（6桁）または共同利用団体ID / municipality code or consortium id", Required = true };
        var userName = new Option<string>("--user-name") { Description = "ログインID / user name", Required = true };
        var command = new Command(Verb, "職員の二要素認証をリセットします（認証アプリと回復コードを紛失した場合）。次回ログイン時に再登録が必要です。 / Resets a staff member's second factor.") { tenant, userName };
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync(Verb, (services, ct) =>
            RunAsync(services, parse.GetValue(tenant)!, parse.GetValue(userName)!, Console.Out, Console.Error, ct), cancellationToken));
        return command;
    }

    internal static async Task<int> RunAsync(IServiceProvider services, string tenantId, string userName, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        TenantChoice? choice;
        await using (var scope = services.CreateAsyncScope())
        {
            choice = await scope.ServiceProvider.GetRequiredService<TenantDirectory>().FindAsync(tenantId.Trim(), cancellationToken);
        }

        if (choice is null)
        {
            await error.WriteLineAsync($"エラー: --tenant '{tenantId}' は登録された団体ではありません。 / Error: --tenant: unknown tenant.");
            return 2;
        }

        return await services.InTenantScopeAsync(choice.TenantId, choice.Kind, async sp =>
        {
            sp.GetRequiredService<Platform.Auditing.AuditActor>().ActAsSystem("cli:" + Verb);
            var member = await sp.GetRequiredService<UserManager<StaffMember>>().FindByNameAsync(userName.Trim());
            if (member is null)
            {
                await error.WriteLineAsync($"エラー: --user-name '{userName}' の職員は {choice.DisplayName} にいません。 / Error: --user-name: no such staff member in this tenant.");
                return 2;
            }

            await sp.GetRequiredService<StaffAccounts>().ResetSecondFactorAsync(member);
            await output.WriteLineAsync($"{choice.DisplayName} の {member.UserName} の二要素認証をリセットしました。次回ログイン時に再登録が必要です。 / Second factor reset.");
            return 0;
        });
    }
}
