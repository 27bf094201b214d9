using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Identity;
using Tsunagi.Residents.Tests.Notifications;
using Tsunagi.Testing;
using static Tsunagi.Residents.Tests.Notifications.RegisteredFamily;

namespace Tsunagi.Residents.Tests.Features.Relocation;

public sealed class RelocationPageTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Fact]
    public async Task A_clerk_relocates_the_household_through_the_confirmation_screen_and_every_member_gets_the_new_address()
    {
        var family = await FamilyAsync();
        using var browser = await SignedInClerkAsync();
        var fields = Fields(family);

        using var confirm = await browser.SubmitAsync($"/residents/relocation?household={family.HouseholdId}", "relocation", [.. fields, ("Input.Step", "confirm")]);
        var confirmation = await confirm.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("data-testid=\"confirmation\"", confirmation, StringComparison.Ordinal);
        Assert.Contains("令和8年11月15日", confirmation, StringComparison.Ordinal);
        Assert.Contains("〒028-1121 小鎚２２番地", confirmation, StringComparison.Ordinal);

        using var done = await browser.PostAsync("/residents/relocation", [("_handler", "relocation"), ("__RequestVerificationToken", StaffBrowser.AntiforgeryToken(confirmation)), .. fields, ("Input.Step", "commit")]);
        var result = await done.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("data-testid=\"relocation-done\"", result, StringComparison.Ordinal);
        Assert.Contains($"href=\"/residents/{family.Head}\"", result, StringComparison.Ordinal);
        var lines = await InTenantAsync(factory, (db, _) => db.Residents.Where(r => r.HouseholdId == family.HouseholdId).Select(r => r.AddressLine).ToListAsync());
        Assert.Equal(["小鎚２２番地", "小鎚２２番地", "小鎚２２番地"], lines);
    }

    [Fact]
    public async Task A_missing_date_of_change_is_named_in_japanese_and_nothing_is_written()
    {
        var family = await FamilyAsync();
        using var browser = await SignedInClerkAsync();
        var fields = Fields(family).Where(f => f.Name != "Input.Notification.MovedOn").ToArray();
        var changes = await family.ChangeCountAsync(factory);

        using var response = await browser.SubmitAsync("/residents/relocation", "relocation", [.. fields, ("Input.Step", "commit")]);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("異動日：", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"movedOn-hint movedOn-error\"", html, StringComparison.Ordinal);
        Assert.Equal(changes, await family.ChangeCountAsync(factory));
    }

    [Fact]
    public async Task A_form_made_before_another_clerks_change_says_so_and_writes_nothing()
    {
        var family = await FamilyAsync();
        using var browser = await SignedInClerkAsync();
        var stale = Fields(family).Select(f => f.Name == "Input.Notification.Members[2].Version" ? (f.Name, "0") : f).ToArray();
        var changes = await family.ChangeCountAsync(factory);

        using var response = await browser.SubmitAsync("/residents/relocation", "relocation", [.. stale, ("Input.Step", "commit")]);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("他の職員が先に更新しました", html, StringComparison.Ordinal);
        Assert.Equal(changes, await family.ChangeCountAsync(factory));
    }

    [Fact]
    public async Task Completing_the_address_fills_the_locality_of_the_postal_code_and_keeps_what_was_typed()
    {
        var family = await FamilyAsync();
        using var browser = await SignedInClerkAsync();
        var fields = Fields(family).Select(f => f.Name switch
        {
            "Input.Notification.Address.PostalCode" => (f.Name, "０２８１１２１"),
            "Input.Notification.Address.Locality" => (f.Name, string.Empty),
            _ => f,
        }).ToArray();

        using var response = await browser.SubmitAsync("/residents/relocation", "relocation", [.. fields, ("Input.Step", "complete-address")]);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("id=\"address-locality\" name=\"Input.Notification.Address.Locality\" value=\"小鎚\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"028-1121\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"２２番地\"", html, StringComparison.Ordinal);
        Assert.Contains("岩手県", StaffBrowser.TextOf(html, "address-completed"), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"confirmation\"", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0000000", "郵便番号：該当する住所がありません")]
    [InlineData("12-34", "郵便番号：7桁の数字で入力してください")]
    [InlineData("100-0001", "郵便番号：この市区町村の郵便番号ではありません")]
    public async Task An_unknown_or_malformed_postal_code_is_a_field_error_and_the_address_stays_as_typed(string postalCode, string message)
    {
        var family = await FamilyAsync();
        using var browser = await SignedInClerkAsync();
        var fields = Fields(family).Select(f => f.Name == "Input.Notification.Address.PostalCode" ? (f.Name, postalCode) : f).ToArray();

        using var response = await browser.SubmitAsync("/residents/relocation", "relocation", [.. fields, ("Input.Step", "complete-address")]);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains(message, html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"address-postalCode-hint address-postalCode-error\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"address-locality\" name=\"Input.Notification.Address.Locality\" value=\"小鎚\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"address-completed\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_municipalitys_household_is_not_shown()
    {
        var family = await FamilyAsync();
        using var browser = new StaffBrowser(factory);
        await browser.SignInAsync("035033", await StaffFixtures.CreateAsync(factory, StandardRole.CounterClerk, "035033"), StaffFixtures.Password);

        var html = await browser.PageAsync($"/residents/relocation?household={family.HouseholdId}");

        Assert.Contains("指定の世帯が見つかりません", html, StringComparison.Ordinal);
        Assert.DoesNotContain("髙橋", html, StringComparison.Ordinal);
    }

    private static (string Name, string Value)[] Fields(RegisteredFamily family) =>
    [
        ("Input.Token", "page-" + Guid.CreateVersion7().ToString("N")),
        ("Input.Notification.HouseholdId", family.HouseholdId.ToString()),
        ("Input.Notification.Members[0].ResidentId", family.Head.ToString()),
        ("Input.Notification.Members[0].Version", "1"),
        ("Input.Notification.Members[1].ResidentId", family.Child.ToString()),
        ("Input.Notification.Members[1].Version", "1"),
        ("Input.Notification.Members[2].ResidentId", family.Wife.ToString()),
        ("Input.Notification.Members[2].Version", "1"),
        ("Input.Notification.MovedOn", "R8.11.15"),
        ("Input.Notification.NotifiedOn", "２０２６－１１－２０"),
        ("Input.Notification.Address.PostalCode", "028-1121"),
        ("Input.Notification.Address.Locality", "小鎚"),
        ("Input.Notification.Address.Lot", "２２番地"),
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
