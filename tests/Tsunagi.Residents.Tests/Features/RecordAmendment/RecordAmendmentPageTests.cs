using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Identity;
using Tsunagi.Testing;
using static Tsunagi.Residents.Tests.Notifications.RegisteredFamily;

namespace Tsunagi.Residents.Tests.Features.RecordAmendment;

public sealed class RecordAmendmentPageTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    private const string Page = "/residents/record-amendment";

    [Fact]
    public async Task A_clerk_records_a_new_registered_domicile_through_the_confirmation_screen()
    {
        var (browser, wife) = await SignedInWithResidentAsync();
        using var _ = browser;
        var fields = Fields(wife, version: 1, domicile: "岩手県上閉伊郡大槌町小鎚第３２地割");

        var html = await ConfirmAndCommitAsync(browser, wife, fields);

        Assert.Contains("data-testid=\"record-amendment-done\"", html, StringComparison.Ordinal);
        var record = await InTenantAsync(factory, (db, _) => db.Residents.SingleAsync(r => r.Id == wife));
        Assert.StartsWith("岩手県上閉伊郡大槌町小鎚", record.Record.RegisteredDomicile, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_the_page_for_a_resident_shows_the_current_record()
    {
        var (browser, wife) = await SignedInWithResidentAsync();
        using var _ = browser;

        var html = await browser.PageAsync($"{Page}?resident={wife}");

        Assert.Contains("data-testid=\"current-record\"", html, StringComparison.Ordinal);
        Assert.Contains("花子", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Nothing_entered_is_refused_with_a_message_in_japanese()
    {
        var (browser, wife) = await SignedInWithResidentAsync();
        using var _ = browser;

        var html = await ConfirmAndCommitAsync(browser, wife, Fields(wife, version: 1, domicile: ""));

        Assert.Contains("変更する項目：変更する項目がありません。", html, StringComparison.Ordinal);
        Assert.Equal(1, await VersionOfAsync(factory, wife));
    }

    [Fact]
    public async Task A_form_made_from_an_older_version_says_so_and_writes_nothing()
    {
        var (browser, wife) = await SignedInWithResidentAsync();
        using var _ = browser;

        var html = await ConfirmAndCommitAsync(browser, wife, Fields(wife, version: 4, domicile: "岩手県上閉伊郡大槌町小鎚第３２地割"));

        Assert.Contains("他の職員が先に更新しました", html, StringComparison.Ordinal);
        Assert.Equal(1, await VersionOfAsync(factory, wife));
    }

    private static async Task<string> ConfirmAndCommitAsync(StaffBrowser browser, Guid resident, (string, string)[] fields)
    {
        using var confirm = await browser.SubmitAsync($"{Page}?resident={resident}", "record-amendment", [.. fields, ("Input.Step", "confirm")]);
        var confirmation = await confirm.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var done = await browser.PostAsync(Page, [("_handler", "record-amendment"), ("__RequestVerificationToken", StaffBrowser.AntiforgeryToken(confirmation)), .. fields, ("Input.Step", "commit")]);
        return await done.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    private async Task<(StaffBrowser Browser, Guid Wife)> SignedInWithResidentAsync()
    {
        var client = factory.CreateClient();
        var family = await MoveInAsync(factory, client, await TokenRequests.AccessTokenAsync(client, Otsuchi, "residents.write"));
        var browser = new StaffBrowser(factory);
        await browser.SignInAsync(StaffFixtures.Otsuchi, await StaffFixtures.CreateAsync(factory, StandardRole.CounterClerk), StaffFixtures.Password);
        return (browser, family.Wife);
    }

    private static (string, string)[] Fields(Guid resident, int version, string domicile) =>
    [
        ("Input.Token", "amend-" + Guid.CreateVersion7().ToString("N")),
        ("Input.Notification.ResidentId", resident.ToString()),
        ("Input.Notification.Version", version.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("Input.Notification.Items.RegisteredDomicile", domicile),
        ("Input.Notification.EffectiveOn", "R8.11.20"),
        ("Input.Notification.NotifiedOn", "2026-11-23"),
    ];
}
