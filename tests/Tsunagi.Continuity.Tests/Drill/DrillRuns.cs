using Tsunagi.Continuity.Drill;
using Tsunagi.Continuity.Tests.KilledWriter;
using Tsunagi.Web.Drill;

namespace Tsunagi.Continuity.Tests.Drill;

/// <summary>
/// The reduced drill of ./test.sh: real clusters built by deploy/postgres, the application installed on them, 転入届
/// through MoveInHandler in two towns, kill -9 of the primary. The two drills are separate classes so they run side by side.
/// </summary>
internal static class DrillRuns
{
    public static async Task<DrillReport> RunAsync(bool asynchronous)
    {
        // Free ports, not fixed ones: a cluster left by an interrupted run (or a second checkout testing at the same
        // time) must not make the next drill fail to start its standby.
        var portA = ServerProcess.FreePort();
        var portB = ServerProcess.FreePort();
        while (portB == portA)
        {
            portB = ServerProcess.FreePort();
        }
        var dir = Path.Combine("/tmp", $"tsunagi-drill-{portA}");
        var options = new DrillOptions(DeployScripts.FindDirectory(), dir, portA, portB, Writers: 4, TimeSpan.FromSeconds(3), asynchronous);
        var log = new StringWriter();
        try
        {
            await using var workload = new MoveInDrillWorkload(dir + "-app", TimeProvider.System);
            var report = await new DisasterDrill(options, TimeProvider.System, log).RunAsync(workload, TestContext.Current.CancellationToken);
            TestContext.Current.TestOutputHelper?.WriteLine(log + report.Describe());
            return report;
        }
        finally
        {
            await new DrillCluster(options).RunScriptAsync("stop.sh", "--destroy", "--yes");
            if (Directory.Exists(dir + "-app"))
            {
                Directory.Delete(dir + "-app", recursive: true);
            }
        }
    }
}
