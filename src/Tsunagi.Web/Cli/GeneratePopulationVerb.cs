using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Population;

namespace Tsunagi.Web.Cli;

/// <summary>Adds a large generated (fictional) population to one municipality, for load tests and benchmarks.</summary>
public static class GeneratePopulationVerb
{
    public static Command Create()
    {
        var municipality = new Option<string>("--municipality") { Description = "団体コード（6桁） / municipality code", Required = true };
        var residents = new Option<int>("--residents") { Description = "追加する住民数（記載者） / registered residents to add", Required = true };
        var seed = new Option<int?>("--seed") { Description = "乱数の種（省略時: 団体コード＋既存の住民数） / random seed (default: code + residents already present)" };
        var command = new Command("generate-population", "架空の住民（世帯・異動履歴つき）を大量に作成します。負荷試験・性能測定用。 / Adds a large fictional population with households and history, for load tests.") { municipality, residents, seed };
        command.SetAction((parse, cancellationToken) => CliServices.RunAsync("generate-population", async (services, ct) =>
        {
            var count = parse.GetValue(residents);
            if (count is < 1 or > 10_000_000)
            {
                await Console.Error.WriteLineAsync("エラー: --residents は 1〜10,000,000 で指定してください。 / Error: --residents must be 1 to 10,000,000.");
                return 2;
            }

            await using (var scope = services.CreateAsyncScope())
            {
                await PendingMigrations.ApplyOrRefuseAsync(scope.ServiceProvider, ct);
            }

            TenantChoice? choice;
            await using (var scope = services.CreateAsyncScope())
            {
                choice = await scope.ServiceProvider.GetRequiredService<TenantDirectory>().FindAsync(parse.GetValue(municipality), ct);
            }

            if (choice is not { Kind: TenantKind.Municipality })
            {
                await Console.Error.WriteLineAsync($"エラー: --municipality '{parse.GetValue(municipality)}' は登録された市区町村ではありません。 / Error: unknown municipality.");
                return 2;
            }

            var clock = Stopwatch.StartNew();
            var result = await services.InTenantScopeAsync(choice.TenantId, choice.Kind, async sp =>
            {
                var present = await sp.GetRequiredService<ResidentsDbContext>().Residents.CountAsync(ct);
                var chosenSeed = parse.GetValue(seed) ?? int.Parse(choice.TenantId, CultureInfo.InvariantCulture) + present;
                return await sp.GetRequiredService<PopulationSeeder>().SeedAsync(
                    count,
                    chosenSeed,
                    done => Console.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {done:N0} / {count:N0} 人 ({clock.Elapsed.TotalSeconds:F0} s, {done / Math.Max(0.001, clock.Elapsed.TotalSeconds):N0}/s)")),
                    batchSize: 20_000,
                    onlyIfEmpty: false,
                    cancellationToken: ct);
            });
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"作成しました / created: {result.Registered:N0} 人（記載）, {result.Removed:N0} 人（除票）, {result.Households:N0} 世帯, {result.Changes:N0} 異動 in {clock.Elapsed.TotalSeconds:F1} s"));
            return 0;
        }, cancellationToken));
        return command;
    }
}
