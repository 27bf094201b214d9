namespace Tsunagi.Continuity.Tests.Drill;

/// <summary>The negative control: the same drill with asynchronous replication and a stalled WAL sender must be caught losing acknowledged 転入届.</summary>
[Trait("Lane", "postgres")]
public sealed class AsynchronousControlDrillTests
{
    [Fact]
    public async Task Asynchronous_control_with_a_stalled_wal_sender_is_caught_losing_acknowledged_move_ins()
    {
        var report = await DrillRuns.RunAsync(asynchronous: true);

        Assert.NotEmpty(report.Verdict.AcknowledgedButMissing);
        Assert.False(report.Passed, report.Describe());
    }
}
