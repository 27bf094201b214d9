using System.CommandLine;
using System.Security.Cryptography;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Web.Cli;

/// <summary>Creates a staff account in a municipality (or the consortium) with standard roles. The password comes from standard input or is generated and shown once.</summary>
public static class CreateStaffVerb
{
    public static Command Create()
    {
        var tenant = new Option<string>("--tenant") { Description = "団体コード（6桁）または共同利用団体ID / municipality code or consortium id", Required = true };
        var userName = new Option<string>("--user-name") { Description = "ログインID / user name", Required = true };
        var displayName = new Option<string>("--display-name") { Description = "表示名 / display name", Required = true };
        var roles = new Option<string[]>("--role") { Description = "administrator | counter-clerk | auditor | operator（複数可）", Required = true, AllowMultipleArgumentsPerToken = true };
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "パスワードを標準入力から読む / read the password from standard input" };
        var command = new Command("create-staff", "職員アカウントを作成します。 / Creates a staff account.") { tenant, userName, displayName, roles, passwordStdin };
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync("create-staff", async (services, ct) =>
        {
            var standardRoles = new List<StandardRole>();
            foreach (var name in parse.GetValue(roles) ?? [])
            {
                var match = Enum.GetValues<StandardRole>().Where(r => StandardRoles.NameOf(r) == name).ToList();
                if (match.Count == 0)
                {
                    await Console.Error.WriteLineAsync($"エラー: --role の値 '{name}' は不明です（administrator, counter-clerk, auditor, operator）。 / Error: unknown role '{name}'.");
                    return 2;
                }

                standardRoles.AddRange(match);
            }

            TenantChoice? choice;
            await using (var scope = services.CreateAsyncScope())
            {
                choice = await scope.ServiceProvider.GetRequiredService<TenantDirectory>().FindAsync(parse.GetValue(tenant), ct);
            }

            if (choice is null)
            {
                await Console.Error.WriteLineAsync($"エラー: --tenant '{parse.GetValue(tenant)}' は登録された団体ではありません。 / Error: unknown tenant.");
                return 2;
            }

            var generated = !parse.GetValue(passwordStdin);
            var password = generated ? RandomNumberGenerator.GetString("abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRSTUVWXYZ23456789", 20) : (await Console.In.ReadLineAsync(ct))?.Trim() ?? string.Empty;
            try
            {
                var member = await services.InTenantScopeAsync(choice.TenantId, choice.Kind, sp =>
                    sp.GetRequiredService<StaffAccounts>().CreateAsync(choice.TenantId, parse.GetValue(userName)!, parse.GetValue(displayName)!, password, standardRoles));
                Console.WriteLine($"職員を作成しました: {choice.DisplayName} / {member.UserName} (id {member.Id}) / Staff member created.");
                if (generated)
                {
                    Console.WriteLine($"初期パスワード（一度だけ表示）/ initial password (shown once): {password}");
                }

                return 0;
            }
            catch (StaffAccountException ex)
            {
                await Console.Error.WriteLineAsync($"エラー: 職員を作成できませんでした: {ex.Message} / Error: could not create the staff member.");
                return 1;
            }
        }, cancellationToken));
        return command;
    }
}
