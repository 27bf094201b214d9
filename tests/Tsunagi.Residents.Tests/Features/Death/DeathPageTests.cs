using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Identity;
using Tsunagi.Residents.Domain;
using Tsunagi.Testing;
using static Tsunagi.Residents.Tests.Notifications.RegisteredFamily;

namespace Tsunagi.Residents.Tests.Features.Death;

public sealed class DeathPageTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Fact]
    public async Task A_clerk_records_the_heads_death_with_the_successor_through_the_confirmation_screen()
    {
        var client = factory.CreateClient();
        var family = await MoveInAsync(factory, client, await TokenRequests.AccessTokenAsync(client, Otsuchi, "residents.write"));
        using var browser = new StaffBrowser(factory);
        await browser.SignInAsync(StaffFixtures.Otsuchi, await StaffFixtures.CreateAsync(factory, StandardRole.CounterClerk), StaffFixtures.Password);
        (string, string)[] fields =
        [
            ("Input.Token", "death-" + Guid.CreateVersion7().ToString("N")),
            ("Input.Notification.HouseholdId", family.HouseholdId.ToString()),
            ("Input.Notification.Members[0].ResidentId", family.Head.ToString()),
            ("Input.Notification.Members[0].Version", "1"),
            ("Input.Notification.Members[1].ResidentId", family.Wife.ToString()),
            ("Input.Notification.Members[1].Version", "1"),
            ("Input.Notification.DeceasedResidentId", family.Head.ToString()),
            ("Input.Notification.NewHeadResidentId", family.Wife.ToString()),
            ("Input.Notification.DiedOn", "R8.11.20"),
            ("Input.Notification.NotifiedOn", "2026-11-23"),
        ];

        using var confirm = await browser.SubmitAsync($"/residents/death?household={family.HouseholdId}", "death", [.. fields, ("Input.Step", "confirm")]);
        var confirmation = await confirm.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Contains("data-testid=\"confirmation\"", confirmation, StringComparison.Ordinal);
        using var done = await browser.PostAsync("/residents/death", [("_handler", "death"), ("__RequestVerificationToken", StaffBrowser.AntiforgeryToken(confirmation)), .. fields, ("Input.Step", "commit")]);
        var result = await done.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Contains("data-testid=\"death-done\"", result, StringComparison.Ordinal);
        var wife = await InTenantAsync(factory, (db, _) => db.Residents.SingleAsync(r => r.Id == family.Wife));
        Assert.Equal(Relationships.Head, wife.Relationship);
    }

    [Fact]
    public async Task Opened_from_a_residents_record_the_form_has_that_person_chosen_as_the_deceased()
    {
        var client = factory.CreateClient();
        var family = await MoveInAsync(factory, client, await TokenRequests.AccessTokenAsync(client, Otsuchi, "residents.write"));
        using var browser = new StaffBrowser(factory);
        await browser.SignInAsync(StaffFixtures.Otsuchi, await StaffFixtures.CreateAsync(factory, StandardRole.CounterClerk), StaffFixtures.Password);

        var html = await browser.PageAsync($"/residents/death?household={family.HouseholdId}&resident={family.Wife}");

        var chosen = Regex.Matches(html, @"type=""radio""[^>]*value=""([0-9a-f-]+)"" checked").Select(m => m.Groups[1].Value);
        Assert.Equal([family.Wife.ToString()], chosen);
    }
}
