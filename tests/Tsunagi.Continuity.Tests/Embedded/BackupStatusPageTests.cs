using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Continuity.Embedded;
using Tsunagi.Continuity.Tests.Infrastructure;
using Tsunagi.Testing;

namespace Tsunagi.Continuity.Tests.Embedded;

public sealed class BackupStatusPageTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Operator_screen_shows_the_latest_backup_and_the_loss_window()
    {
        await using var factory = new ContinuityFactory();
        await factory.InitializeAsync();
        using var browser = new StaffBrowser(factory);
        await browser.SignInAsync("sanriku", "operator", "operator-sanriku-demo");
        Assert.Contains("まだバックアップはありません", StaffBrowser.TextOf(await browser.PageAsync("/operator/backups"), "latest-backup"), StringComparison.Ordinal);

        var manifest = await factory.Services.GetRequiredService<SqliteBackup>().BackupAsync(cancellationToken: Ct);
        var page = await browser.PageAsync("/operator/backups");

        Assert.Contains(manifest.FileName, StaffBrowser.TextOf(page, "latest-backup"), StringComparison.Ordinal);
        Assert.Contains("通常運転", StaffBrowser.TextOf(page, "write-state"), StringComparison.Ordinal);
        Assert.Contains("最後のバックアップ以降の登録は", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Counter_clerk_cannot_open_the_operator_screen()
    {
        await using var factory = new ContinuityFactory();
        await factory.InitializeAsync();
        using var browser = new StaffBrowser(factory);
        await browser.SignInAsync("034614", "clerk", "clerk-034614-demo");

        using var response = await browser.GetAsync("/operator/backups");

        Assert.NotEqual(System.Net.HttpStatusCode.OK, response.StatusCode);
    }
}
