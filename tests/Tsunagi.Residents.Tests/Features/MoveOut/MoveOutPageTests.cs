using System.Net;
using System.Text.RegularExpressions;
using Tsunagi.Platform.Identity;
using Tsunagi.Residents.Tests.Notifications;
using Tsunagi.Testing;
using static Tsunagi.Residents.Tests.Notifications.RegisteredFamily;

namespace Tsunagi.Residents.Tests.Features.MoveOut;

public sealed class MoveOutPageTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Fact]
    public async Task A_clerk_moves_two_members_out_through_the_confirmation_screen_and_sees_the_certificate_once()
    {
        var family = await FamilyAsync();
        using var browser = await SignedInClerkAsync();
        var fields = Fields(family, chooseChild: true);

        var page = await browser.PageAsync($"/residents/move-out?household={family.HouseholdId}");
        Assert.Contains("翔太", page, StringComparison.Ordinal);
        Assert.Contains("野田村", page, StringComparison.Ordinal);
        using var confirm = await browser.SubmitAsync($"/residents/move-out?household={family.HouseholdId}", "move-out", [.. fields, ("Input.Step", "confirm")]);
        var confirmation = await confirm.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("data-testid=\"confirmation\"", confirmation, StringComparison.Ordinal);
        Assert.Contains("令和8年11月30日", confirmation, StringComparison.Ordinal);

        (string, string)[] commit = [("_handler", "move-out"), ("__RequestVerificationToken", StaffBrowser.AntiforgeryToken(confirmation)), .. fields, ("Input.Step", "commit")];
        using var done = await browser.PostAsync("/residents/move-out", commit);
        var result = await done.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("data-testid=\"move-out-done\"", result, StringComparison.Ordinal);
        var number = StaffBrowser.TextOf(result, "certificate-number");
        Assert.Matches("^2026-[0-9]{6}$", number);
        Assert.Contains("野田村", StaffBrowser.TextOf(result, "move-out-certificate"), StringComparison.Ordinal);

        using var again = await browser.PostAsync("/residents/move-out", commit);
        Assert.Equal(number, StaffBrowser.TextOf(await again.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "certificate-number"));
    }

    [Fact]
    public async Task The_head_leaving_alone_comes_back_asking_for_the_new_head_and_nothing_is_written()
    {
        var family = await FamilyAsync();
        using var browser = await SignedInClerkAsync();
        var fields = Fields(family, chooseChild: false).Append(("Input.Notification.Members[0].Chosen", "true")).ToArray();
        var changes = await family.ChangeCountAsync(factory);

        using var response = await browser.SubmitAsync("/residents/move-out", "move-out", [.. fields, ("Input.Step", "commit")]);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("新しい世帯主：世帯主が世帯を離れ", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"newHead-hint newHead-error\"", html, StringComparison.Ordinal);
        Assert.Equal(changes, await family.ChangeCountAsync(factory));
    }

    [Fact]
    public async Task A_form_made_before_another_clerks_change_says_so_and_writes_nothing()
    {
        var family = await FamilyAsync();
        using var browser = await SignedInClerkAsync();
        var stale = Fields(family, chooseChild: true).Select(f => f.Name == "Input.Notification.Members[2].Version" ? (f.Name, "0") : f).ToArray();
        var changes = await family.ChangeCountAsync(factory);

        using var response = await browser.SubmitAsync("/residents/move-out", "move-out", [.. stale, ("Input.Step", "commit")]);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("他の職員が先に更新しました", html, StringComparison.Ordinal);
        Assert.Equal(changes, await family.ChangeCountAsync(factory));
    }

    [Fact]
    public async Task Completing_the_destination_from_its_postal_code_fills_the_address_and_chooses_the_member_town()
    {
        var family = await FamilyAsync();
        using var browser = await SignedInClerkAsync();
        var fields = Fields(family, chooseChild: true)
            .Where(f => f.Name is not "Input.Notification.DestinationAddress" and not "Input.Notification.DestinationMunicipalityCode")
            .Append(("Input.Notification.DestinationPostalCode", "０２８８２０１")).ToArray();

        using var response = await browser.SubmitAsync("/residents/move-out", "move-out", [.. fields, ("Input.Step", "complete-address")]);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Matches("name=\"Input.Notification.DestinationAddress\" value=\"岩手県[^\"]*野田村野田\"", html);
        Assert.Contains("<option value=\"035033\" selected", html, StringComparison.Ordinal);
        Assert.Contains("value=\"028-8201\"", html, StringComparison.Ordinal);
        Assert.Contains("name=\"Input.Notification.Members[1].Chosen\" value=\"true\" checked", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_destination_postal_code_is_a_field_error_and_the_address_stays_as_typed()
    {
        var family = await FamilyAsync();
        using var browser = await SignedInClerkAsync();
        var fields = Fields(family, chooseChild: true).Append(("Input.Notification.DestinationPostalCode", "999-9999")).ToArray();

        using var response = await browser.SubmitAsync("/residents/move-out", "move-out", [.. fields, ("Input.Step", "complete-address")]);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("郵便番号：該当する住所がありません", html, StringComparison.Ordinal);
        Assert.Contains("value=\"野田村大字野田２０番地\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opened_from_a_residents_record_the_form_has_that_person_chosen_and_nobody_else()
    {
        var family = await FamilyAsync();
        using var browser = await SignedInClerkAsync();

        var html = await browser.PageAsync($"/residents/move-out?household={family.HouseholdId}&resident={family.Child}");

        var rows = Regex.Matches(html, @"name=""Input\.Notification\.Members\[(\d+)\]\.ResidentId"" value=""([0-9a-f-]+)""")
            .ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        var chosen = Regex.Matches(html, @"name=""Input\.Notification\.Members\[(\d+)\]\.Chosen"" value=""true"" checked")
            .Select(m => rows[m.Groups[1].Value]);
        Assert.Equal([family.Child.ToString()], chosen);
    }

    [Fact]
    public async Task Another_municipalitys_household_is_not_shown()
    {
        var family = await FamilyAsync();
        using var browser = new StaffBrowser(factory);
        await browser.SignInAsync("035033", await StaffFixtures.CreateAsync(factory, StandardRole.CounterClerk, "035033"), StaffFixtures.Password);

        var html = await browser.PageAsync($"/residents/move-out?household={family.HouseholdId}");

        Assert.Contains("指定の世帯が見つかりません", html, StringComparison.Ordinal);
        Assert.DoesNotContain("髙橋", html, StringComparison.Ordinal);
    }

    private static (string Name, string Value)[] Fields(RegisteredFamily family, bool chooseChild)
    {
        List<(string, string)> fields =
        [
            ("Input.Token", "page-" + Guid.CreateVersion7().ToString("N")),
            ("Input.Notification.HouseholdId", family.HouseholdId.ToString()),
            ("Input.Notification.Members[0].ResidentId", family.Head.ToString()),
            ("Input.Notification.Members[0].Version", "1"),
            ("Input.Notification.Members[1].ResidentId", family.Child.ToString()),
            ("Input.Notification.Members[1].Version", "1"),
            ("Input.Notification.Members[2].ResidentId", family.Wife.ToString()),
            ("Input.Notification.Members[2].Version", "1"),
            ("Input.Notification.PlannedMoveOutOn", "R8.11.30"),
            ("Input.Notification.NotifiedOn", "2026-11-23"),
            ("Input.Notification.DestinationMunicipalityCode", "035033"),
            ("Input.Notification.DestinationAddress", "野田村大字野田２０番地"),
        ];
        if (chooseChild)
        {
            fields.Add(("Input.Notification.Members[1].Chosen", "true"));
            fields.Add(("Input.Notification.Members[2].Chosen", "true"));
        }

        return [.. fields];
    }

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
