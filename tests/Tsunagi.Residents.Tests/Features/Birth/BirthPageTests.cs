using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Identity;
using Tsunagi.Residents.Tests.Notifications;
using Tsunagi.Testing;
using static Tsunagi.Residents.Tests.Notifications.RegisteredFamily;

namespace Tsunagi.Residents.Tests.Features.Birth;

public sealed class BirthPageTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Fact]
    public async Task A_clerk_enters_a_late_birth_through_the_confirmation_screen_and_the_child_joins_the_household_flagged_late()
    {
        var family = await FamilyAsync();
        using var browser = await SignedInClerkAsync();
        var fields = Fields(family, bornOn: "令和８年１１月８日");

        using var confirm = await browser.SubmitAsync($"/residents/birth?household={family.HouseholdId}", "birth", [.. fields, ("Input.Step", "confirm")]);
        var confirmation = await confirm.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("data-testid=\"confirmation\"", confirmation, StringComparison.Ordinal);
        Assert.Contains("令和8年11月8日", confirmation, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"late-warning\"", confirmation, StringComparison.Ordinal);

        using var done = await browser.PostAsync("/residents/birth", [("_handler", "birth"), ("__RequestVerificationToken", StaffBrowser.AntiforgeryToken(confirmation)), .. fields, ("Input.Step", "commit")]);
        var result = await done.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("data-testid=\"birth-done\"", result, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"late-flag\"", result, StringComparison.Ordinal);
        var child = await InTenantAsync(factory, (db, _) => db.Residents.SingleAsync(r => r.HouseholdId == family.HouseholdId && r.DateOfBirth == new DateOnly(2026, 11, 8)));
        Assert.Equal("子", child.Relationship);
        Assert.Contains($"href=\"/residents/{child.Id}\"", result, StringComparison.Ordinal);
        Assert.Equal(1, await family.HouseholdVersionAsync(factory));
    }

    [Fact]
    public async Task The_form_opened_for_a_household_starts_with_the_heads_family_name_and_the_relationship_child()
    {
        var family = await FamilyAsync();
        using var browser = await SignedInClerkAsync();

        var html = await browser.PageAsync($"/residents/birth?household={family.HouseholdId}");

        Assert.Contains("id=\"child-familyName\" name=\"Input.Notification.Child.FamilyName\" value=\"髙橋\"", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"子\" selected", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Notification.HouseholdVersion\" value=\"0\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_given_name_and_sex_are_named_in_japanese_and_nothing_is_written()
    {
        var family = await FamilyAsync();
        using var browser = await SignedInClerkAsync();
        var fields = Fields(family, bornOn: "R8.11.20").Where(f => f.Name is not "Input.Notification.Child.GivenName" and not "Input.Notification.Child.Sex").ToArray();

        using var response = await browser.SubmitAsync("/residents/birth", "birth", [.. fields, ("Input.Step", "commit")]);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("名：", html, StringComparison.Ordinal);
        Assert.Contains("性別：", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"child-givenName-error\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await family.HouseholdVersionAsync(factory));
    }

    [Fact]
    public async Task A_form_made_before_the_household_changed_says_so_and_writes_nothing()
    {
        var family = await FamilyAsync();
        using var browser = await SignedInClerkAsync();
        var stale = Fields(family, bornOn: "R8.11.20").Select(f => f.Name == "Input.Notification.HouseholdVersion" ? (f.Name, "7") : f).ToArray();

        using var response = await browser.SubmitAsync("/residents/birth", "birth", [.. stale, ("Input.Step", "commit")]);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("他の職員が先に更新しました", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Notification.HouseholdVersion\" value=\"0\"", html, StringComparison.Ordinal);
        Assert.Equal(3, await InTenantAsync(factory, (db, _) => db.Residents.CountAsync(r => r.HouseholdId == family.HouseholdId)));
    }

    [Fact]
    public async Task Another_municipalitys_household_is_not_shown_and_cannot_be_posted_to()
    {
        var family = await FamilyAsync();
        using var browser = new StaffBrowser(factory);
        await browser.SignInAsync("035033", await StaffFixtures.CreateAsync(factory, StandardRole.CounterClerk, "035033"), StaffFixtures.Password);

        var html = await browser.PageAsync($"/residents/birth?household={family.HouseholdId}");
        using var posted = await browser.SubmitAsync("/residents/birth", "birth", [.. Fields(family, bornOn: "R8.11.20"), ("Input.Step", "commit")]);

        Assert.Contains("指定の世帯が見つかりません", html, StringComparison.Ordinal);
        Assert.DoesNotContain("髙橋", html, StringComparison.Ordinal);
        Assert.DoesNotContain("birth-done", await posted.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), StringComparison.Ordinal);
        Assert.Equal(3, await InTenantAsync(factory, (db, _) => db.Residents.CountAsync(r => r.HouseholdId == family.HouseholdId)));
    }

    [Fact]
    public async Task A_residents_detail_page_links_to_the_notifications_with_the_household_and_person()
    {
        var family = await FamilyAsync();
        using var browser = await SignedInClerkAsync();

        var html = await browser.PageAsync($"/residents/{family.Wife}");

        Assert.Contains($"href=\"/residents/birth?household={family.HouseholdId}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/residents/relocation?household={family.HouseholdId}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/residents/death?household={family.HouseholdId}&amp;resident={family.Wife}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/residents/move-out?household={family.HouseholdId}&amp;resident={family.Wife}\"", html, StringComparison.Ordinal);
    }

    private static (string Name, string Value)[] Fields(RegisteredFamily family, string bornOn) =>
    [
        ("Input.Token", "page-" + Guid.CreateVersion7().ToString("N")),
        ("Input.Notification.HouseholdId", family.HouseholdId.ToString()),
        ("Input.Notification.HouseholdVersion", "0"),
        ("Input.Notification.NotifiedOn", "2026-11-23"),
        ("Input.Notification.Child.FamilyName", "髙橋"),
        ("Input.Notification.Child.GivenName", "陽菜"),
        ("Input.Notification.Child.FamilyNameKana", "タカハシ"),
        ("Input.Notification.Child.GivenNameKana", "ヒナ"),
        ("Input.Notification.Child.DateOfBirth", bornOn),
        ("Input.Notification.Child.Sex", "female"),
        ("Input.Notification.Child.Relationship", "子"),
    ];

    private async Task<RegisteredFamily> FamilyAsync()
    {
        var client = factory.CreateClient();
        return await MoveInAsync(factory, client, await TokenRequests.AccessTokenAsync(client, Otsuchi, "residents.write"));
    }

    private async Task<StaffBrowser> SignedInClerkAsync()
    {
        var browser = new StaffBrowser(factory);
        await browser.SignInAsync(StaffFixtures.Otsuchi, await StaffFixtures.CreateAsync(factory, StandardRole.CounterClerk), StaffFixtures.Password);
        return browser;
    }
}
