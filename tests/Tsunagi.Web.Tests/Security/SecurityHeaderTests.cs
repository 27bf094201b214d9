using Tsunagi.Testing;

namespace Tsunagi.Web.Tests.Security;

[Collection(SignInSecurityCollection.Name)]
public sealed class SecurityHeaderTests(TsunagiFactory factory)
{
    [Theory]
    [InlineData("/account/login")]
    [InlineData("/")]
    [InlineData("/account/security")]
    public async Task Every_page_carries_a_strict_CSP_nosniff_and_frame_denial(string path)
    {
        using var browser = new StaffBrowser(factory);
        await browser.SignInAsync("034614", "clerk", "clerk-034614-demo");

        using var response = await browser.GetAsync(path);

        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Contains("img-src 'self' data:", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task Session_antiforgery_and_login_step_cookies_are_HttpOnly_and_SameSite_strict()
    {
        using var browser = new StaffBrowser(factory);
        using var login = await browser.GetAsync("/account/login");
        using var signIn = await browser.LoginAsync("034614", "clerk", "clerk-034614-demo");

        var cookies = login.Headers.GetValues("Set-Cookie").Concat(signIn.Headers.GetValues("Set-Cookie")).ToList();

        Assert.Contains(cookies, c => c.StartsWith("Tsunagi.Staff=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("Tsunagi.Antiforgery=", StringComparison.Ordinal));
        Assert.All(cookies, c =>
        {
            Assert.Contains("; httponly", c, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; samesite=strict", c, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public async Task The_second_step_cookies_are_HttpOnly_and_SameSite_strict()
    {
        var userName = await StaffFixtures.CreateAsync(factory, Platform.Identity.StandardRole.CounterClerk);
        await SecondFactorSteps.EnrolAsync(factory, userName);
        using var browser = new StaffBrowser(factory);

        using var response = await browser.LoginAsync(StaffFixtures.Otsuchi, userName, StaffFixtures.Password);

        var cookies = response.Headers.GetValues("Set-Cookie").ToList();
        Assert.Contains(cookies, c => c.StartsWith("Tsunagi.TwoFactor=", StringComparison.Ordinal));
        Assert.Contains(cookies, c => c.StartsWith("Tsunagi.LoginTenant=", StringComparison.Ordinal));
        Assert.All(cookies, c =>
        {
            Assert.Contains("; httponly", c, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("; samesite=strict", c, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/account/security")]
    public async Task Signed_in_pages_are_never_cached(string path)
    {
        using var browser = new StaffBrowser(factory);
        await browser.SignInAsync("034614", "clerk", "clerk-034614-demo");

        using var response = await browser.GetAsync(path);

        Assert.True(response.Headers.CacheControl?.NoStore, $"{path}: Cache-Control {response.Headers.CacheControl}");
    }
}
