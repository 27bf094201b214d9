using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Continuity.Embedded;
using Tsunagi.Continuity.Operator;
using Tsunagi.Continuity.Replication;
using Tsunagi.Continuity.Tests.Infrastructure;
using Tsunagi.Continuity.Verification;
using Tsunagi.Testing;

namespace Tsunagi.Continuity.Tests.Operator;

public sealed class ContinuityPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Operator_screen_shows_the_last_backup_and_the_last_verification_and_that_replication_is_not_used()
    {
        await using var factory = new ContinuityFactory();
        await factory.InitializeAsync();
        using var browser = new StaffBrowser(factory);
        await browser.SignInAsync("sanriku", "operator", "operator-sanriku-demo");
        var before = await browser.PageAsync("/operator/continuity");
        Assert.Contains("復元検証はまだ行われていません", StaffBrowser.TextOf(before, "last-verification"), StringComparison.Ordinal);
        Assert.Contains("レプリケーションは使用していません", StaffBrowser.TextOf(before, "replication"), StringComparison.Ordinal);

        var manifest = await factory.Services.GetRequiredService<SqliteBackup>().BackupAsync(cancellationToken: Ct);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<BackupVerifier>().VerifyLatestAsync("cli", cancellationToken: Ct);
        }

        var page = await browser.PageAsync("/operator/continuity");
        Assert.Contains(manifest.FileName, StaffBrowser.TextOf(page, "last-backup"), StringComparison.Ordinal);
        var verification = StaffBrowser.TextOf(page, "last-verification");
        Assert.Contains("成功", verification, StringComparison.Ordinal);
        Assert.Contains(manifest.FileName, verification, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Counter_clerk_cannot_open_the_continuity_screen()
    {
        await using var factory = new ContinuityFactory();
        await factory.InitializeAsync();
        using var browser = new StaffBrowser(factory);
        await browser.SignInAsync("034614", "clerk", "clerk-034614-demo");

        using var response = await browser.GetAsync("/operator/continuity");

        Assert.NotEqual(System.Net.HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void Required_synchronous_standby_with_none_in_sync_is_reported_as_out_of_sync()
    {
        var state = new ReplicationState(IsStandby: false, SyncStandbys: 0, Standbys: 1, ArchiveFailures: 0, LastArchiveFailure: null, SynchronousStandbyNames: "FIRST 1 (site_b)");

        Assert.Equal(ReplicationSummary.NoneInSync, ReplicationSummaries.Of(state));
        Assert.Equal(ReplicationSummary.InSync, ReplicationSummaries.Of(state with { SyncStandbys = 1 }));
        Assert.Equal(ReplicationSummary.NotConfigured, ReplicationSummaries.Of(state with { SynchronousStandbyNames = string.Empty }));
        Assert.Equal(ReplicationSummary.Hidden, ReplicationSummaries.Of(state with { SyncStandbys = null }));
    }
}
