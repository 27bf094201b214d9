using System.Net;
using Tsunagi.Platform.Identity;
using Tsunagi.Testing;

namespace Tsunagi.Web.Tests.Security;

/// <summary>The staff cookie expires after 15 idle minutes and slides while used; the clock is the host's fake TimeProvider.</summary>
[Collection(SignInSecurityCollection.Name)]
public sealed class IdleTimeoutTests(TsunagiFactory factory)
{
    [Fact]
    public async Task After_16_idle_minutes_a_page_redirects_to_login()
    {
        var userName = await StaffFixtures.CreateAsync(factory, StandardRole.CounterClerk);
        using var browser = new StaffBrowser(factory);
        await browser.SignInAsync(StaffFixtures.Otsuchi, userName, StaffFixtures.Password);
        await browser.PageAsync("/");

        factory.Time.Advance(TimeSpan.FromMinutes(16));
        using var response = await browser.GetAsync("/account/security");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login?ReturnUrl=%2Faccount%2Fsecurity", StaffBrowser.RedirectPath(response));
    }

    [Fact]
    public async Task A_session_used_every_10_minutes_slides_and_stays_signed_in()
    {
        var userName = await StaffFixtures.CreateAsync(factory, StandardRole.CounterClerk);
        using var browser = new StaffBrowser(factory);
        await browser.SignInAsync(StaffFixtures.Otsuchi, userName, StaffFixtures.Password);

        // 30 minutes in all, twice the idle timeout, but never more than 10 minutes idle.
        for (var step = 1; step <= 3; step++)
        {
            factory.Time.Advance(TimeSpan.FromMinutes(10));
            using var response = await browser.GetAsync("/");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"after {step * 10} minutes: {(int)response.StatusCode} {response.Headers.Location}");
            Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("Tsunagi.Staff=", StringComparison.Ordinal));
        }

        factory.Time.Advance(TimeSpan.FromMinutes(16));
        using var expired = await browser.GetAsync("/");
        Assert.Equal("/account/login?ReturnUrl=%2F", StaffBrowser.RedirectPath(expired));
    }
}
