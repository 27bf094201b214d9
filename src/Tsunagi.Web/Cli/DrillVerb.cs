using System.CommandLine;
using Tsunagi.Continuity.Drill;
using Tsunagi.Web.Drill;

namespace Tsunagi.Web.Cli;

/// <summary>
/// The disaster drill: primary + synchronous standby on loopback, the application installed on them, concurrent 転入届
/// through <see cref="MoveInDrillWorkload"/>, kill -9 of the primary, promotion, repointing, verification; prints RPO and RTO and exits 1 on any loss. <c>--async</c> runs the negative control,
/// which must detect loss (exit 1 is then the expected outcome).
/// </summary>
public static class DrillVerb
{
    public static Command Create()
    {
        var writers = new Option<int>("--writers") { Description = "同時に書き込むライター数 / concurrent writers", DefaultValueFactory = _ => 4 };
        var seconds = new Option<double>("--seconds") { Description = "主系を停止するまでの書き込み秒数 / seconds of writing before the kill", DefaultValueFactory = _ => 5 };
        var asyncControl = new Option<bool>("--async") { Description = "対照実験：非同期レプリケーションと停止した WAL 送信（損失が検出されるはず） / negative control: must detect loss" };
        var clusterDir = new Option<string>("--cluster-dir") { Description = "訓練用クラスタの場所（毎回作り直します） / drill cluster directory (rebuilt each run)", DefaultValueFactory = _ => ".tmp/drill" };
        var portA = new Option<int>("--port-a") { Description = "site_a のポート / port of site_a", DefaultValueFactory = _ => 54331 };
        var portB = new Option<int>("--port-b") { Description = "site_b のポート / port of site_b", DefaultValueFactory = _ => 54332 };
        var command = new Command("drill", "災害訓練：主系を kill -9 し、同期スタンバイを昇格させ、確定した書き込みが失われていないことを検証します。 / Disaster drill: kill -9 the primary, promote the standby, prove no acknowledged write was lost.")
        {
            writers, seconds, asyncControl, clusterDir, portA, portB,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (parse.GetValue(writers) is < 1 or > 64 || parse.GetValue(seconds) is <= 0 or > 600)
            {
                await Console.Error.WriteLineAsync("エラー / Error: --writers は 1〜64、--seconds は 0〜600 です。 / --writers 1-64, --seconds 0-600.");
                return 2;
            }

            var options = new DrillOptions(
                DeployScripts.FindDirectory(),
                Path.GetFullPath(parse.GetValue(clusterDir)!),
                parse.GetValue(portA),
                parse.GetValue(portB),
                parse.GetValue(writers),
                TimeSpan.FromSeconds(parse.GetValue(seconds)),
                parse.GetValue(asyncControl));
            try
            {
                await using var workload = new MoveInDrillWorkload(options.ClusterDirectory + "-app", TimeProvider.System);
                var report = await new DisasterDrill(options, TimeProvider.System, Console.Out).RunAsync(workload, cancellationToken);
                Console.WriteLine(report.Describe());
                return report.Passed ? 0 : 1;
            }
            catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
            {
                await Console.Error.WriteLineAsync($"エラー / Error: {ex.Message}");
                return 1;
            }
        });
        return command;
    }
}
