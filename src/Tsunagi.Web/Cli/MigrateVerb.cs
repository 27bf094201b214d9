using System.CommandLine;
using Tsunagi.Platform.Persistence;
using Tsunagi.Web.Hosting;

namespace Tsunagi.Web.Cli;

public static class MigrateVerb
{
    public static Command Create()
    {
        var command = new Command("migrate", "データベースを最新のスキーマに移行します（PostgreSQL では tsunagi_owner で実行）。 / Applies pending migrations.");
        command.SetAction((_, cancellationToken) => CliServices.RunAsync("migrate", async (services, ct) =>
        {
            await using var scope = services.CreateAsyncScope();
            var applied = await scope.ServiceProvider.GetRequiredService<DatabaseMigrator>().MigrateAsync(ct);
            Console.WriteLine(applied.Count == 0
                ? "移行済みです（適用する移行はありません）。 / Already up to date."
                : $"{applied.Count} 件の移行を適用しました: {string.Join(", ", applied)} / Applied {applied.Count} migration(s).");
            await scope.ServiceProvider.GetRequiredService<StartupSafetyChecks>().RunAsync(ct);
            return 0;
        }, cancellationToken));
        return command;
    }
}
