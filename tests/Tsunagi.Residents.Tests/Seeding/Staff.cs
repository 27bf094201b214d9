using Tsunagi.Platform.Identity;
using Tsunagi.Testing;

namespace Tsunagi.Residents.Tests.Seeding;

/// <summary>Signed-in browsers of 大槌町: a counter clerk (no 支援措置 addresses) and the demo administrator (every residents permission).</summary>
internal static class Staff
{
    public static async Task<StaffBrowser> ClerkAsync(TsunagiFactory factory, string tenant = RegisterSeed.Otsuchi)
    {
        var browser = new StaffBrowser(factory);
        await browser.SignInAsync(tenant, await StaffFixtures.CreateAsync(factory, StandardRole.CounterClerk, tenant), StaffFixtures.Password);
        return browser;
    }

    public static async Task<StaffBrowser> AdministratorAsync(TsunagiFactory factory)
    {
        var browser = new StaffBrowser(factory);
        await browser.SignInAsync(RegisterSeed.Otsuchi, "admin", "admin-034614-demo");
        return browser;
    }
}
