using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Counter.Tests.Cases;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Contracts;
using Tsunagi.Testing;
using static Tsunagi.Counter.Tests.Cases.CaseFixtures;

namespace Tsunagi.Counter.Tests.Pages;

public sealed class CasePageTests(CounterFactory factory) : IClassFixture<CounterFactory>
{
    [Fact]
    public async Task The_case_page_shows_the_number_the_steps_with_their_reasons_and_the_links()
    {
        using var api = await ApiClientAsync(factory);
        var (caseId, number) = await OpenMoveInAsync(factory, api, Family("千葉"));
        using var browser = await PageFixtures.ClerkAsync(factory);

        var html = await browser.PageAsync($"/counter/cases/{caseId}");

        Assert.Equal(number, StaffBrowser.TextOf(html, "reception-number"));
        Assert.Contains("国民健康保険に加入する方がいます", StaffBrowser.TextOf(html, "steps"), StringComparison.Ordinal);
        Assert.Equal("未着手", StaffBrowser.TextOf(html, "step-state"));
        Assert.Contains($"href=\"/counter/cases/{caseId}/certificates\" data-testid=\"case-certificates\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/counter/cases/{caseId}/payment\" data-testid=\"case-payment\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_towns_case_is_not_found_and_a_forged_form_changes_nothing()
    {
        using var noda = await ApiClientAsync(factory, Noda);
        var (status, opened) = await PostAsync(noda, "/api/v1/counter/cases", MoveInReception());
        Assert.Equal(HttpStatusCode.Created, status);
        using var api = await ApiClientAsync(factory);
        var (caseId, _) = await OpenMoveInAsync(factory, api, Family("菅原"));
        using var browser = await PageFixtures.ClerkAsync(factory);

        using var foreign = await browser.GetAsync($"/counter/cases/{opened.GetProperty("caseId").GetGuid()}");
        using var forged = await browser.PostAsync($"/counter/cases/{caseId}", [("_handler", "case-action"), ("__RequestVerificationToken", "forged"), ("Action.Kind", "call"), ("Action.Version", "0")]);

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var (_, counterCase) = await GetAsync(api, $"/api/v1/counter/cases/{caseId}");
        Assert.Equal("受付済", counterCase.GetProperty("state").GetString());
    }

    [Fact]
    public async Task A_step_move_the_state_machine_refuses_shows_its_message_and_changes_nothing()
    {
        using var api = await ApiClientAsync(factory);
        var (caseId, _) = await OpenMoveInAsync(factory, api, Family("小野寺"));
        using var browser = await PageFixtures.ClerkAsync(factory);
        var stepId = PageFixtures.StepId(await browser.PageAsync($"/counter/cases/{caseId}"), "nhi.join");

        var html = await PageFixtures.ActAsync(browser, caseId, ("Action.Kind", "step"), ("Action.StepId", stepId.ToString()), ("Action.To", "returned"), ("Action.Reason", "書類不足"));

        Assert.Contains("状態：「未着手」の手続を「差戻し」にすることはできません。", StaffBrowser.TextOf(html, "form-errors"), StringComparison.Ordinal);
        Assert.Equal("NotStarted", await PageFixtures.StepStateAsync(factory, caseId, "nhi.join"));
    }

    [Fact]
    public async Task Not_needed_asks_for_a_reason_and_a_confirmation_before_anything_changes()
    {
        using var api = await ApiClientAsync(factory);
        var (caseId, _) = await OpenMoveInAsync(factory, api, Family("及川"));
        using var browser = await PageFixtures.ClerkAsync(factory);
        var stepId = PageFixtures.StepId(await browser.PageAsync($"/counter/cases/{caseId}"), "nhi.join").ToString();

        var withoutReason = await PageFixtures.ActAsync(browser, caseId, ("Action.Kind", "step"), ("Action.StepId", stepId), ("Action.To", "not-needed"));
        var asked = await PageFixtures.ActAsync(browser, caseId, ("Action.Kind", "step"), ("Action.StepId", stepId), ("Action.To", "not-needed"), ("Action.Reason", "被用者保険に加入済み"));
        var stateWhileAsked = await PageFixtures.StepStateAsync(factory, caseId, "nhi.join");
        await PageFixtures.ActAsync(browser, caseId, ("Action.Kind", "step"), ("Action.StepId", stepId), ("Action.To", "not-needed"), ("Action.Reason", "被用者保険に加入済み"), ("Action.Confirmed", "true"));

        Assert.Contains("理由：「不要」にするときは理由を入力してください。", StaffBrowser.TextOf(withoutReason, "form-errors"), StringComparison.Ordinal);
        Assert.NotNull(StaffBrowser.TextOf(asked, "confirm-panel"));
        Assert.Equal("NotStarted", stateWhileAsked);
        Assert.Equal("NotNeeded", await PageFixtures.StepStateAsync(factory, caseId, "nhi.join"));
    }

    [Fact]
    public async Task A_stale_page_is_refused_with_a_clear_message_and_nothing_written()
    {
        using var api = await ApiClientAsync(factory);
        var (caseId, _) = await OpenMoveInAsync(factory, api, Family("熊谷"));
        using var browser = await PageFixtures.ClerkAsync(factory);
        var page = await browser.PageAsync($"/counter/cases/{caseId}");
        await PostAsync(api, $"/api/v1/counter/cases/{caseId}/call", new { });

        using var response = await browser.PostAsync($"/counter/cases/{caseId}", [("_handler", "case-action"), ("__RequestVerificationToken", StaffBrowser.AntiforgeryToken(page)),
            ("Action.Kind", "step"), ("Action.StepId", PageFixtures.StepId(page, "nhi.join").ToString()), ("Action.To", "accepted"), ("Action.Version", PageFixtures.VersionOf(page).ToString(System.Globalization.CultureInfo.InvariantCulture))]);

        Assert.Contains("他の職員が更新しました", StaffBrowser.TextOf(await response.Content.ReadAsStringAsync(Cancellation), "form-errors"), StringComparison.Ordinal);
        Assert.Equal("NotStarted", await PageFixtures.StepStateAsync(factory, caseId, "nhi.join"));
    }

    [Fact]
    public async Task The_register_step_through_the_page_writes_the_residents_once()
    {
        using var api = await ApiClientAsync(factory);
        var (caseId, _) = await OpenMoveInAsync(factory, api, Family("昆"));
        using var browser = await PageFixtures.ClerkAsync(factory);
        var stepId = PageFixtures.StepId(await browser.PageAsync($"/counter/cases/{caseId}"), "residents.move-in").ToString();
        var before = await ResidentCountAsync();

        var asked = await PageFixtures.ActAsync(browser, caseId, ("Action.Kind", "register"), ("Action.StepId", stepId));
        var countWhileAsked = await ResidentCountAsync();
        var done = await PageFixtures.ActAsync(browser, caseId, ("Action.Kind", "register"), ("Action.StepId", stepId), ("Action.Confirmed", "true"));
        var repeat = await PageFixtures.ActAsync(browser, caseId, ("Action.Kind", "register"), ("Action.StepId", stepId), ("Action.Confirmed", "true"));

        Assert.Contains("昆 翔", StaffBrowser.TextOf(asked, "confirm-panel"), StringComparison.Ordinal);
        Assert.Equal(before, countWhileAsked);
        Assert.Equal("Completed", await PageFixtures.StepStateAsync(factory, caseId, "residents.move-in"));
        Assert.Contains("昆 一郎", StaffBrowser.TextOf(done, "registered-residents"), StringComparison.Ordinal);
        Assert.NotNull(StaffBrowser.TextOf(repeat, "form-errors"));
        Assert.Equal(before + 4, await ResidentCountAsync());
    }

    [Fact]
    public async Task Closing_is_refused_while_steps_are_open_and_the_page_names_them()
    {
        using var api = await ApiClientAsync(factory);
        var (caseId, _) = await OpenMoveInAsync(factory, api, Family("藤原"));
        await PostAsync(api, $"/api/v1/counter/cases/{caseId}/call", new { });
        await PostAsync(api, $"/api/v1/counter/cases/{caseId}/serve", new { });
        using var browser = await PageFixtures.ClerkAsync(factory);

        var page = await browser.PageAsync($"/counter/cases/{caseId}");
        var html = await PageFixtures.ActAsync(browser, caseId, ("Action.Kind", "close"), ("Action.Confirmed", "true"));

        Assert.Matches("disabled[^>]*data-testid=\"close-case\"", page);
        Assert.Contains("国民健康保険 加入（未着手）", StaffBrowser.TextOf(page, "remaining-steps"), StringComparison.Ordinal);
        Assert.Contains("手続：完了または不要（理由付き）になっていない手続が", StaffBrowser.TextOf(html, "form-errors"), StringComparison.Ordinal);
        var (_, counterCase) = await GetAsync(api, $"/api/v1/counter/cases/{caseId}");
        Assert.Equal("対応中", counterCase.GetProperty("state").GetString());
    }

    private Task<long> ResidentCountAsync() =>
        factory.Services.InTenantScopeAsync(Otsuchi, TenantKind.Municipality, sp => sp.GetRequiredService<IResidentCount>().CountAsync());
}
