using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Contracts;
using Tsunagi.Residents.Tests.Features.Search;
using Tsunagi.Residents.Tests.Seeding;
using Tsunagi.Testing;

namespace Tsunagi.Residents.Tests.Features.DisclosureRestrictions;

public sealed class SupportMeasureTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    private const string Hidden = "支援措置のため非表示";

    [Fact]
    public async Task A_clerk_sees_the_address_of_a_protected_household_hidden_and_cannot_find_it_by_address()
    {
        var ids = await RegisterSeed.MoveInAsync(factory, "大槌町桜木町", "１番地",
            RegisterSeed.Person("保護", "花子", "ホゴ", "ハナコ", sex: "female"),
            RegisterSeed.Person("保護", "太郎", "ホゴ", "タロウ", dateOfBirth: "2015-01-01", relationship: "子"));
        await RegisterSeed.RestrictAsync(factory, ids[0]);
        using var browser = await Staff.ClerkAsync(factory);

        var byName = await browser.PageAsync("/residents?name=" + Uri.EscapeDataString("ホゴ"));
        var byAddress = await browser.PageAsync("/residents?address=" + Uri.EscapeDataString("大槌町桜木町"));

        Assert.Equal(2, ResidentSearchPageTests.Rows(byName).Count);
        Assert.DoesNotContain("桜木町", WebUtility.HtmlDecode(byName), StringComparison.Ordinal);
        Assert.Equal(Hidden, StaffBrowser.TextOf(byName, "row-address"));
        Assert.DoesNotContain(ids[0].ToString(), ResidentSearchPageTests.Rows(byAddress));
        Assert.DoesNotContain(ids[1].ToString(), ResidentSearchPageTests.Rows(byAddress));
        Assert.Contains("data-testid=\"search-count\"", byAddress, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Opening_a_protected_person_asks_for_the_purpose_and_audits_it()
    {
        var ids = await RegisterSeed.MoveInAsync(factory, "大槌町桜木町", "２番地", RegisterSeed.Person("目的", "花子", "モクテキ", "ハナコ", sex: "female"));
        await RegisterSeed.RestrictAsync(factory, ids[0]);
        using var browser = await Staff.ClerkAsync(factory);

        var first = await browser.PageAsync($"/residents/{ids[0]}");
        var shown = await browser.PageAsync($"/residents/{ids[0]}?purpose=certificate");

        Assert.Contains("data-testid=\"purpose-form\"", first, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"record\"", first, StringComparison.Ordinal);
        Assert.Equal(Hidden, StaffBrowser.TextOf(shown, "record-address"));
        Assert.DoesNotContain("桜木町", WebUtility.HtmlDecode(shown), StringComparison.Ordinal);
        var events = await AuditLog.EventsAsync(factory, RegisterSeed.Otsuchi);
        var view = Assert.Single(events, e => e.Action == "residents.restricted.view" && e.SubjectId == ids[0].ToString());
        Assert.Equal("証明書交付の審査", view.Purpose);
    }

    [Fact]
    public async Task An_administrator_registers_a_measure_on_the_page_and_ends_it_after_confirming()
    {
        var ids = await RegisterSeed.MoveInAsync(factory, "大槌町桜木町", "３番地", RegisterSeed.Person("登録", "一", "トウロク", "ハジメ"));
        using var admin = await Staff.AdministratorAsync(factory);
        using var clerk = await Staff.ClerkAsync(factory);
        var page = $"/residents/{ids[0]}/restrictions";

        using var registered = await admin.SubmitAsync(page, "register", ("Register.StartsOn", "R8.11.1"), ("Register.Scope", "all"), ("Register.Reason", "DV"));
        var afterRegister = await registered.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var hiddenForClerk = await clerk.PageAsync($"/residents?name=" + Uri.EscapeDataString("トウロク"));
        var restrictionId = System.Text.RegularExpressions.Regex.Match(afterRegister, "data-restriction=\"(?<id>[0-9a-f-]{36})\"").Groups["id"].Value;
        using var confirm = await admin.SubmitAsync(page, "end", ("End.RestrictionId", restrictionId), ("End.EndedOn", "2026-11-22"), ("End.Step", "confirm"));
        var confirmation = await confirm.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var stillHidden = await clerk.PageAsync($"/residents?name=" + Uri.EscapeDataString("トウロク"));
        using var ended = await admin.PostAsync(page, [("_handler", "end"), ("__RequestVerificationToken", StaffBrowser.AntiforgeryToken(confirmation)),
            ("End.RestrictionId", restrictionId), ("End.EndedOn", "2026-11-22"), ("End.Step", "commit")]);
        var shownAgain = await clerk.PageAsync($"/residents?name=" + Uri.EscapeDataString("トウロク"));

        Assert.Contains("data-testid=\"restriction-done\"", afterRegister, StringComparison.Ordinal);
        Assert.Equal(Hidden, StaffBrowser.TextOf(hiddenForClerk, "row-address"));
        Assert.Contains("data-testid=\"end-confirmation\"", confirmation, StringComparison.Ordinal);
        Assert.Equal(Hidden, StaffBrowser.TextOf(stillHidden, "row-address"));
        Assert.Contains("終了", StaffBrowser.TextOf(await ended.Content.ReadAsStringAsync(TestContext.Current.CancellationToken), "restriction-state"), StringComparison.Ordinal);
        Assert.Equal("大槌町桜木町３番地", StaffBrowser.TextOf(shownAgain, "row-address"));
        var actions = (await AuditLog.EventsAsync(factory, RegisterSeed.Otsuchi)).Select(e => e.Action).ToList();
        Assert.Contains("residents.restriction.register", actions);
        Assert.Contains("residents.restriction.end", actions);
    }

    [Fact]
    public async Task A_clerk_cannot_open_the_support_measure_page()
    {
        var ids = await RegisterSeed.MoveInAsync(factory, "大槌町桜木町", "４番地", RegisterSeed.Person("権限", "一", "ケンゲン", "ハジメ"));
        using var clerk = await Staff.ClerkAsync(factory);

        using var response = await clerk.GetAsync($"/residents/{ids[0]}/restrictions");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Certificates_about_a_protected_person_are_blocked_for_everyone_but_that_person_and_each_check_is_audited()
    {
        var ids = await RegisterSeed.MoveInAsync(factory, "大槌町桜木町", "５番地",
            RegisterSeed.Person("証明", "花子", "ショウメイ", "ハナコ", sex: "female"),
            RegisterSeed.Person("証明", "次郎", "ショウメイ", "ジロウ", relationship: "夫"));
        await RegisterSeed.RestrictAsync(factory, ids[0]);
        var day = new DateOnly(2026, 11, 23);

        var (byOther, bySelf, unprotected) = await factory.Services.InTenantScopeAsync(RegisterSeed.Otsuchi, TenantKind.Municipality, async sp =>
        {
            var check = sp.GetRequiredService<IDisclosureRestrictionCheck>();
            return (await check.IsIssuanceBlockedAsync(ids[0], ids[1], day), await check.IsIssuanceBlockedAsync(ids[0], ids[0], day), await check.IsIssuanceBlockedAsync(ids[1], null, day));
        });

        Assert.True(byOther);
        Assert.False(bySelf);
        Assert.False(unprotected);
        var checks = (await AuditLog.EventsAsync(factory, RegisterSeed.Otsuchi)).Where(e => e.Action == "residents.restriction.check").ToList();
        Assert.Contains(checks, e => e.SubjectId == ids[0].ToString() && e.Outcome == Platform.Auditing.AuditOutcome.Denied);
        Assert.True(checks.Count >= 3);
    }
}
