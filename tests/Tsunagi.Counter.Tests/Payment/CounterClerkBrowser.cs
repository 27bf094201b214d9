using Tsunagi.Platform.Identity;
using Tsunagi.Testing;

namespace Tsunagi.Counter.Tests.Payment;

/// <summary>A counter clerk's browser (counter.operate) signed in to a town, for the case pages.</summary>
internal static class CounterClerkBrowser
{
    public static async Task<StaffBrowser> SignedInAsync(TsunagiFactory factory, string tenant = StaffFixtures.Otsuchi)
    {
        var userName = await StaffFixtures.CreateAsync(factory, StandardRole.CounterClerk, tenant);
        var browser = new StaffBrowser(factory);
        await browser.SignInAsync(tenant, userName, StaffFixtures.Password);
        return browser;
    }

    public static async Task<string> HtmlAsync(HttpResponseMessage response) =>
        await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
}
