namespace Tsunagi.Continuity.Tests.Drill;

/// <summary>The drill with the deployment's synchronous standby: no acknowledged 転入届 may be lost, the audit chains hold, the application serves again.</summary>
[Trait("Lane", "postgres")]
public sealed class DisasterDrillTests
{
    [Fact]
    public async Task Synchronous_standby_loses_no_acknowledged_move_in_when_the_primary_is_killed()
    {
        var report = await DrillRuns.RunAsync(asynchronous: false);

        Assert.True(report.Verdict.Acknowledged > 0, report.Describe());
        Assert.Empty(report.Verdict.AcknowledgedButMissing);
        Assert.Empty(report.Verdict.PresentButNeverAttempted);
        Assert.Empty(report.Verdict.FailedButPresent);
        Assert.Empty(report.Inspection.BrokenAuditChains);
        Assert.Empty(report.Inspection.Anomalies);
        Assert.True(report.Inspection.AuditEventsVerified >= report.Verdict.Acknowledged, report.Describe());
        Assert.True(report.Retries.AllOnce, report.Describe());
        Assert.True(report.ServingAgain, report.Describe());
        Assert.True(report.Passed, report.Describe());
    }
}
