using Tsunagi.Continuity.Drill;

namespace Tsunagi.Continuity.Tests.Drill;

/// <summary>
/// The reduced drill of ./test.sh: real clusters built by deploy/postgres, kill -9 of the primary. The
/// asynchronous control shows the check can fail: without a synchronous standby acknowledged writes vanish.
/// </summary>
[Trait("Lane", "postgres")]
public sealed class DisasterDrillTests
{
    [Fact]
    public async Task Synchronous_standby_loses_no_acknowledged_write_when_the_primary_is_killed()
    {
        var report = await RunAsync(asynchronous: false, portA: 54341, portB: 54342);

        Assert.True(report.Verdict.Acknowledged > 0, report.Describe());
        Assert.Empty(report.Verdict.AcknowledgedButMissing);
        Assert.Empty(report.Verdict.PresentButNeverAttempted);
        Assert.True(report.ServingAgain, report.Describe());
        Assert.True(report.Passed, report.Describe());
    }

    [Fact]
    public async Task Asynchronous_control_with_a_stalled_wal_sender_is_caught_losing_acknowledged_writes()
    {
        var report = await RunAsync(asynchronous: true, portA: 54343, portB: 54344);

        Assert.NotEmpty(report.Verdict.AcknowledgedButMissing);
        Assert.False(report.Passed, report.Describe());
    }

    private static async Task<DrillReport> RunAsync(bool asynchronous, int portA, int portB)
    {
        var dir = Path.Combine("/tmp", $"tsunagi-drill-{portA}");
        var options = new DrillOptions(DeployScripts.FindDirectory(), dir, portA, portB, Writers: 4, TimeSpan.FromSeconds(2), asynchronous);
        var log = new StringWriter();
        try
        {
            var report = await new DisasterDrill(options, TimeProvider.System, log).RunAsync(TestContext.Current.CancellationToken);
            TestContext.Current.TestOutputHelper?.WriteLine(log + report.Describe());
            return report;
        }
        finally
        {
            await new DrillCluster(options).RunScriptAsync("stop.sh", "--destroy", "--yes");
        }
    }
}
