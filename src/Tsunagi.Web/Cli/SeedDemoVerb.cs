using System.CommandLine;
using Tsunagi.Web.Demo;

namespace Tsunagi.Web.Cli;

public static class SeedDemoVerb
{
    public static Command Create()
    {
        var command = new Command("seed-demo", "デモ用の共同利用団体（大槌町・野田村・普代村）と職員・API クライアントを作成し、ログイン情報を表示します。 / Creates the demo consortium and prints its demo-only credentials.");
        command.SetAction((_, cancellationToken) => CliServices.RunAsync("seed-demo", async (services, ct) =>
        {
            await using var scope = services.CreateAsyncScope();
            await PendingMigrations.ApplyOrRefuseAsync(scope.ServiceProvider, ct);
            var demo = scope.ServiceProvider.GetRequiredService<DemoConsortium>();
            var existed = await demo.IsSeededAsync(ct);
            await demo.SeedAsync(ct);
            Console.WriteLine(existed ? "デモデータは作成済みです。 / Demo data already present." : "デモデータを作成しました。 / Demo data created.");
            Console.WriteLine("デモ専用のログイン情報（本番では使用しないこと） / Demo-only credentials:");
            foreach (var c in demo.Credentials())
            {
                Console.WriteLine($"  {c.TenantId,-13} {c.TenantName,-14} {c.Role,-12} {c.UserName,-16} {c.Password}");
            }

            return 0;
        }, cancellationToken));
        return command;
    }
}
