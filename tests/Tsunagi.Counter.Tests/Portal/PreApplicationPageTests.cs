using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Contracts;
using Tsunagi.Testing;

namespace Tsunagi.Counter.Tests.Portal;

public sealed class PreApplicationPageTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_move_in_pre_application_goes_through_confirmation_to_a_reference_and_a_QR_code()
    {
        using var resident = new ResidentBrowser(factory);
        await resident.SignInAsync("family@example.jp");

        var html = await resident.PreApplyMoveInAsync();

        Assert.Matches("^[0-9A-HJKMNP-TV-Z]{3}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]$", ResidentBrowser.Reference(html));
        Assert.Contains("data-testid=\"qr\"", html, StringComparison.Ordinal);
        Assert.Contains("src=\"data:image/png;base64,", html, StringComparison.Ordinal);
        Assert.Equal("提出済", StaffBrowser.TextOf(html, "status"));
        Assert.Contains("転出証明書", StaffBrowser.TextOf(html, "bring"), StringComparison.Ordinal);
        var list = await resident.Browser.PageAsync(resident.Root + "/applications");
        Assert.Contains(ResidentBrowser.Reference(html), list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Missing_and_malformed_entries_are_named_in_Japanese_and_nothing_is_stored()
    {
        using var resident = new ResidentBrowser(factory);
        await resident.SignInAsync("typo@example.jp");
        var fields = ResidentBrowser.MoveInFields(("Input.MovedInOn", "来週"), ("Input.Members[0].FamilyNameKana", "Noda"), ("Input.PostalCode", ""));

        using var response = await resident.Browser.SubmitAsync(resident.Root + "/apply/move-in", "portal-move-in", [.. fields, ("Input.Step", "confirm")]);
        var html = await response.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("転入日：日付の形式が正しくありません。", html, StringComparison.Ordinal);
        Assert.Contains("1人目の方の氏（フリガナ）：カタカナまたはひらがなで入力してください。", html, StringComparison.Ordinal);
        Assert.Contains("郵便番号：入力してください。", html, StringComparison.Ordinal);
        Assert.Contains("aria-describedby=\"movedInOn-hint movedInOn-error\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"no-applications\"", await resident.Browser.PageAsync(resident.Root + "/applications"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pre_application_never_creates_residents()
    {
        var before = await ResidentCountAsync();
        using var resident = new ResidentBrowser(factory);
        await resident.SignInAsync("count@example.jp");

        await resident.PreApplyMoveInAsync();

        Assert.Equal(before, await ResidentCountAsync());
    }

    [Fact]
    public async Task The_resident_withdraws_after_a_confirmation_and_the_status_shows_it()
    {
        using var resident = new ResidentBrowser(factory);
        await resident.SignInAsync("withdraw@example.jp");
        var reference = ResidentBrowser.Reference(await resident.PreApplyMoveInAsync());
        var path = resident.Root + "/applications/" + reference;

        using (var ask = await resident.Browser.SubmitAsync(path, "portal-withdraw", ("Withdraw.Step", "confirm")))
        {
            var asked = await ask.Content.ReadAsStringAsync(Cancellation);
            Assert.Contains("data-testid=\"withdraw-confirm\"", asked, StringComparison.Ordinal);
            Assert.Equal("提出済", StaffBrowser.TextOf(asked, "status"));
        }

        using var commit = await resident.Browser.SubmitAsync(path, "portal-withdraw", ("Withdraw.Step", "commit"));
        var html = await commit.Content.ReadAsStringAsync(Cancellation);

        Assert.Equal("取消", StaffBrowser.TextOf(html, "status"));
        Assert.DoesNotContain("data-testid=\"qr\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_residents_reference_is_not_found()
    {
        using var owner = new ResidentBrowser(factory);
        await owner.SignInAsync("owner@example.jp");
        var reference = ResidentBrowser.Reference(await owner.PreApplyMoveInAsync());
        using var other = new ResidentBrowser(factory);
        await other.SignInAsync("other@example.jp");

        using var response = await other.Browser.GetAsync(other.Root + "/applications/" + reference);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_forged_antiforgery_token_is_refused_and_nothing_is_stored()
    {
        using var resident = new ResidentBrowser(factory);
        await resident.SignInAsync("forged@example.jp");

        using var response = await resident.Browser.PostAsync(resident.Root + "/apply/move-in",
            [("_handler", "portal-move-in"), ("__RequestVerificationToken", "forged"), .. ResidentBrowser.MoveInFields(), ("Input.Step", "commit")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("data-testid=\"no-applications\"", await resident.Browser.PageAsync(resident.Root + "/applications"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversize_body_is_refused_with_413()
    {
        using var resident = new ResidentBrowser(factory);
        await resident.SignInAsync("big@example.jp");

        using var response = await resident.Browser.SubmitAsync(resident.Root + "/apply/move-in", "portal-move-in",
            [.. ResidentBrowser.MoveInFields(("Input.AddressSupplement", new string('あ', 40_000))), ("Input.Step", "confirm")]);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Submissions_over_the_limit_per_session_answer_429()
    {
        using var resident = new ResidentBrowser(factory);
        await resident.SignInAsync("many@example.jp");
        var token = StaffBrowser.AntiforgeryToken(await resident.Browser.PageAsync(resident.Root + "/apply/move-in"));
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 31; i++)
        {
            using var response = await resident.Browser.PostAsync(resident.Root + "/apply/move-in", [("_handler", "portal-move-in"), ("__RequestVerificationToken", token), ("Input.Step", "confirm")]);
            statuses.Add(response.StatusCode);
        }

        Assert.All(statuses.Take(30), s => Assert.Equal(HttpStatusCode.OK, s));
        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task The_portal_of_an_unknown_municipality_is_not_found()
    {
        using var resident = new ResidentBrowser(factory, "999999");

        using var response = await resident.Browser.GetAsync(resident.Root);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private Task<long> ResidentCountAsync() =>
        factory.Services.InTenantScopeAsync(PortalFactory.Otsuchi, TenantKind.Municipality, sp => sp.GetRequiredService<IResidentCount>().CountAsync(Cancellation));
}
