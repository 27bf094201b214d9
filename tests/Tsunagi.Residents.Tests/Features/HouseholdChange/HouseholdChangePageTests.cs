using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Identity;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Tests.Notifications;
using Tsunagi.Testing;
using static Tsunagi.Residents.Tests.Notifications.RegisteredFamily;

namespace Tsunagi.Residents.Tests.Features.HouseholdChange;

public sealed class HouseholdChangePageTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    private const string Page = "/residents/household-change";

    [Fact]
    public async Task A_clerk_changes_the_head_through_the_confirmation_screen()
    {
        var (browser, family) = await SignedInWithFamilyAsync();
        using var _ = browser;
        var fields = await FieldsAsync(family, headRelationship: "夫");

        using var confirm = await browser.SubmitAsync($"{Page}?household={family.HouseholdId}", "household-change", [.. fields, ("Input.Step", "confirm")]);
        var confirmation = await confirm.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("data-testid=\"confirmation\"", confirmation, StringComparison.Ordinal);
        using var done = await browser.PostAsync(Page, [("_handler", "household-change"), ("__RequestVerificationToken", StaffBrowser.AntiforgeryToken(confirmation)), .. fields, ("Input.Step", "commit")]);
        var result = await done.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("data-testid=\"household-change-done\"", result, StringComparison.Ordinal);
        var wife = await InTenantAsync(factory, (db, _) => db.Residents.SingleAsync(r => r.Id == family.Wife));
        Assert.Equal(Relationships.Head, wife.Relationship);
    }

    [Fact]
    public async Task Two_heads_are_shown_as_a_message_naming_the_household_and_nothing_is_written()
    {
        var (browser, family) = await SignedInWithFamilyAsync();
        using var _ = browser;
        var fields = await FieldsAsync(family, headRelationship: Relationships.Head);

        using var confirm = await browser.SubmitAsync($"{Page}?household={family.HouseholdId}", "household-change", [.. fields, ("Input.Step", "confirm")]);
        var confirmation = await confirm.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        using var refused = await browser.PostAsync(Page, [("_handler", "household-change"), ("__RequestVerificationToken", StaffBrowser.AntiforgeryToken(confirmation)), .. fields, ("Input.Step", "commit")]);
        var html = await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("世帯：世帯主が2人以上います。", html, StringComparison.Ordinal);
        Assert.Equal(1, await VersionOfAsync(factory, family.Wife));
    }

    [Fact]
    public async Task A_form_made_before_another_change_says_so_and_shows_the_latest_household()
    {
        var (browser, family) = await SignedInWithFamilyAsync();
        using var _ = browser;
        var fields = await FieldsAsync(family, headRelationship: "夫");
        using var confirm = await browser.SubmitAsync($"{Page}?household={family.HouseholdId}", "household-change", [.. fields, ("Input.Step", "confirm")]);
        var confirmation = await confirm.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        await InTenantAsync(factory, async (db, _) =>
        {
            (await db.Households.SingleAsync(h => h.Id == family.HouseholdId)).Touch();
            return await db.SaveChangesAsync();
        });

        using var stale = await browser.PostAsync(Page, [("_handler", "household-change"), ("__RequestVerificationToken", StaffBrowser.AntiforgeryToken(confirmation)), .. fields, ("Input.Step", "commit")]);
        var html = await stale.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("他の職員が先に更新しました", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"household-change-done\"", html, StringComparison.Ordinal);
        Assert.Equal(1, await VersionOfAsync(factory, family.Wife));
    }

    private async Task<(StaffBrowser Browser, RegisteredFamily Family)> SignedInWithFamilyAsync()
    {
        var client = factory.CreateClient();
        var family = await MoveInAsync(factory, client, await TokenRequests.AccessTokenAsync(client, Otsuchi, "residents.write"));
        var browser = new StaffBrowser(factory);
        await browser.SignInAsync(StaffFixtures.Otsuchi, await StaffFixtures.CreateAsync(factory, StandardRole.CounterClerk), StaffFixtures.Password);
        return (browser, family);
    }

    private async Task<(string, string)[]> FieldsAsync(RegisteredFamily family, string headRelationship) =>
    [
        ("Input.Token", "household-" + Guid.CreateVersion7().ToString("N")),
        ("Input.Notification.Kind", "head-change"),
        ("Input.Notification.HouseholdId", family.HouseholdId.ToString()),
        ("Input.Notification.HouseholdVersion", (await family.HouseholdVersionAsync(factory)).ToString(System.Globalization.CultureInfo.InvariantCulture)),
        ("Input.Notification.Members[0].ResidentId", family.Head.ToString()),
        ("Input.Notification.Members[0].Version", "1"),
        ("Input.Notification.Members[0].Relationship", headRelationship),
        ("Input.Notification.Members[1].ResidentId", family.Wife.ToString()),
        ("Input.Notification.Members[1].Version", "1"),
        ("Input.Notification.Members[1].Relationship", Relationships.Head),
        ("Input.Notification.Members[2].ResidentId", family.Child.ToString()),
        ("Input.Notification.Members[2].Version", "1"),
        ("Input.Notification.Members[2].Relationship", "子"),
        ("Input.Notification.EffectiveOn", "R8.11.20"),
        ("Input.Notification.NotifiedOn", "2026-11-23"),
    ];
}
