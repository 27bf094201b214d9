using System.Net;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;

namespace Tsunagi.Consortium.Tests.Onboarding;

/// <summary>/operator/onboarding and /operator/onboarding/{Code} over HTTP, as the consortium's operator uses them.</summary>
public sealed class OnboardingPagesTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    private const string Kuzumaki = "033022";
    private const string Iwate = "033031";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_operator_chooses_a_town_from_the_master_list_confirms_and_it_is_in_preparation_answering_503_until_its_use_starts()
    {
        using var browser = await OperatorAsync();

        var search = await browser.PageAsync("/operator/onboarding?q=" + Uri.EscapeDataString("くずまき"));
        Assert.Contains($"data-testid=\"candidate\" data-code=\"{Kuzumaki}\"", search, StringComparison.Ordinal);
        var chosen = await browser.PageAsync("/operator/onboarding?code=" + Kuzumaki);
        Assert.Equal("岩手県葛巻町（033022）", StaffBrowser.TextOf(chosen, "chosen"));

        using var confirm = await browser.PostAsync("/operator/onboarding?code=" + Kuzumaki, Form(chosen, "confirm"));
        var confirmation = await confirm.Content.ReadAsStringAsync(Ct);
        Assert.Contains("data-testid=\"confirmation\"", confirmation, StringComparison.Ordinal);
        Assert.Null(await Onboard.StatusAsync(factory, Kuzumaki));

        using var commit = await browser.PostAsync("/operator/onboarding?code=" + Kuzumaki, Form(confirmation, "commit"));
        var done = await commit.Content.ReadAsStringAsync(Ct);
        Assert.Contains("岩手県葛巻町（033022）を加入させました。", StaffBrowser.TextOf(done, "onboarding-done"), StringComparison.Ordinal);
        var invitation = new Uri(StaffBrowser.TextOf(done, "invitation-link")!).PathAndQuery;
        Assert.Equal(MunicipalityStatus.Onboarding, await Onboard.StatusAsync(factory, Kuzumaki));
        Assert.Equal("利用開始の準備中", StaffBrowser.TextOf(await browser.PageAsync("/operator/onboarding/" + Kuzumaki), "status"));

        using var admin = new StaffBrowser(factory);
        await Onboard.AcceptedAsync(admin, invitation, "kuzumaki-admin");
        var (key, _) = await SecondFactorSteps.StartAsync(admin);
        await SecondFactorSteps.VerifyAsync(admin, SecondFactorSteps.CodeFor(key));
        using var beforeStart = await admin.GetAsync("/");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, beforeStart.StatusCode);

        var activatePage = await browser.PageAsync($"/operator/onboarding/{Kuzumaki}?confirm=activate");
        using var activated = await browser.PostAsync($"/operator/onboarding/{Kuzumaki}?confirm=activate", [("_handler", "activate"), ("__RequestVerificationToken", StaffBrowser.AntiforgeryToken(activatePage))]);
        var after = await activated.Content.ReadAsStringAsync(Ct);
        Assert.Equal("利用を開始しました。", StaffBrowser.TextOf(after, "status-done"));
        Assert.Equal("利用中", StaffBrowser.TextOf(after, "status"));
        await admin.PageAsync("/account/security");
        using var afterStart = await admin.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, afterStart.StatusCode);
    }

    [Fact]
    public async Task A_code_already_in_the_consortium_is_refused_with_a_japanese_message_and_offers_no_form()
    {
        using var browser = await OperatorAsync();

        var page = await browser.PageAsync("/operator/onboarding?code=034614");
        var search = await browser.PageAsync("/operator/onboarding?q=034614");

        Assert.Equal("団体コード：岩手県大槌町（034614）はすでに共同利用団体に加入しています。", StaffBrowser.TextOf(page, "onboarding-errors"));
        Assert.DoesNotContain("name=\"Input.Email\"", page, StringComparison.Ordinal);
        Assert.Equal("加入済み", StaffBrowser.TextOf(search, "member"));
    }

    [Fact]
    public async Task A_commit_without_a_valid_antiforgery_token_creates_nothing()
    {
        using var browser = await OperatorAsync();

        using var forged = await browser.PostAsync("/operator/onboarding?code=" + Iwate, [("_handler", "onboarding"), ("__RequestVerificationToken", "forged"), ("Input.Code", Iwate), ("Input.Email", "admin@iwate.example.lg.jp"), ("Input.Step", "commit")]);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Null(await Onboard.StatusAsync(factory, Iwate));
    }

    [Fact]
    public async Task A_town_administrator_is_refused_the_onboarding_pages_and_cannot_onboard()
    {
        using var admin = new StaffBrowser(factory);
        await admin.SignInAsync("034614", "admin", "admin-034614-demo");

        using var list = await admin.GetAsync("/operator/onboarding");
        using var status = await admin.GetAsync("/operator/onboarding/034614");
        using var post = await admin.PostAsync("/operator/onboarding?code=" + Iwate, [("_handler", "onboarding"), ("Input.Code", Iwate), ("Input.Email", "a@b.lg.jp"), ("Input.Step", "commit")]);

        foreach (var response in new[] { list, status, post })
        {
            Assert.True(
                response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.BadRequest
                || (response.StatusCode == HttpStatusCode.Redirect && StaffBrowser.RedirectPath(response)!.StartsWith("/account/access-denied", StringComparison.Ordinal)),
                response.RequestMessage!.RequestUri + " " + response.StatusCode);
        }

        Assert.Null(await Onboard.StatusAsync(factory, Iwate));
    }

    private static (string, string)[] Form(string html, string step) =>
        [("_handler", "onboarding"), ("__RequestVerificationToken", StaffBrowser.AntiforgeryToken(html)), ("Input.Code", Kuzumaki), ("Input.Email", "admin@kuzumaki.example.lg.jp"), ("Input.Step", step)];

    private async Task<StaffBrowser> OperatorAsync()
    {
        var browser = new StaffBrowser(factory);
        await browser.SignInAsync(Onboard.Consortium, "operator", "operator-sanriku-demo");
        return browser;
    }
}
