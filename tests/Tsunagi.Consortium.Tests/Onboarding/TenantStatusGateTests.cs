using System.Net;
using Tsunagi.Testing;

namespace Tsunagi.Consortium.Tests.Onboarding;

public sealed class TenantStatusGateTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_town_in_onboarding_answers_503_in_Japanese_with_Retry_After_until_its_use_starts()
    {
        var town = await Onboard.TownAsync(factory, "035017");
        using var admin = new StaffBrowser(factory);
        await Onboard.AcceptedAsync(admin, town.InvitationPath, "karumai-admin");
        var (key, _) = await SecondFactorSteps.StartAsync(admin);
        await SecondFactorSteps.VerifyAsync(admin, SecondFactorSteps.CodeFor(key));

        using var page = await admin.GetAsync("/");
        var html = await page.Content.ReadAsStringAsync(Cancellation);
        using var api = await admin.Client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/api/v1/municipality") { Headers = { { "Accept", "application/json" } } }, Cancellation);
        await admin.PageAsync("/account/security");
        Assert.True(await Onboard.ActivateAsync(factory, "035017"));
        using var afterStart = await admin.GetAsync("/");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal(TimeSpan.FromHours(1), page.Headers.RetryAfter?.Delta);
        Assert.Equal("この団体は利用開始の準備中です。", StaffBrowser.TextOf(html, "tenant-status"));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, afterStart.StatusCode);
    }

    [Fact]
    public async Task The_login_page_lists_a_town_only_once_its_use_has_started()
    {
        await Onboard.TownAsync(factory, "035068");
        using var browser = new StaffBrowser(factory);

        var during = await browser.PageAsync("/account/login");
        Assert.True(await Onboard.ActivateAsync(factory, "035068"));
        var after = await browser.PageAsync("/account/login");

        Assert.DoesNotContain("value=\"035068\"", during, StringComparison.Ordinal);
        Assert.Contains("value=\"035068\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_consortiums_own_onboarding_town_can_be_started_and_only_once()
    {
        await Onboard.TownAsync(factory, "035076");

        Assert.False(await Onboard.ActivateAsync(factory, "034614"));
        Assert.True(await Onboard.ActivateAsync(factory, "035076"));
        Assert.False(await Onboard.ActivateAsync(factory, "035076"));
    }
}
