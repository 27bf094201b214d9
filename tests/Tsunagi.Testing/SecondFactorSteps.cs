using System.Net;
using System.Text.RegularExpressions;
using OtpNet;

namespace Tsunagi.Testing;

/// <summary>What a staff member does with an authenticator app, driven through the real pages.</summary>
public static partial class SecondFactorSteps
{
    /// <summary>
    /// The code an authenticator app would show now. Identity's AuthenticatorTokenProvider reads the
    /// system clock (DateTimeOffset.UtcNow), not the DI TimeProvider, so the code comes from the real clock.
    /// </summary>
    public static string CodeFor(string key) =>
        new Totp(Base32Encoding.ToBytes(key)).ComputeTotp(TimeProvider.System.GetUtcNow().UtcDateTime);

    /// <summary>A code that is valid for no time step near now.</summary>
    public static string WrongCodeFor(string key)
    {
        var totp = new Totp(Base32Encoding.ToBytes(key));
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        var nearby = Enumerable.Range(-3, 7).Select(step => totp.ComputeTotp(now.AddSeconds(30 * step))).ToHashSet(StringComparer.Ordinal);
        return Enumerable.Range(0, 1000).Select(i => i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture)).First(c => !nearby.Contains(c));
    }

    /// <summary>Starts enrolment on the security page and returns the key the page shows (without the grouping spaces).</summary>
    public static async Task<(string Key, string Html)> StartAsync(StaffBrowser browser)
    {
        using var response = await browser.SubmitAsync("/account/security", "issue-key");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var key = StaffBrowser.TextOf(html, "authenticator-key") ?? throw new InvalidOperationException("no authenticator key on the page");
        return (key.Replace(" ", string.Empty, StringComparison.Ordinal), html);
    }

    /// <summary>Verifies a code on the security page; returns the page.</summary>
    public static async Task<string> VerifyAsync(StaffBrowser browser, string code)
    {
        using var response = await browser.SubmitAsync("/account/security", "verify", ("Verify.Code", code));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Signs in, enrols the authenticator and returns its key and the recovery codes shown once.</summary>
    public static async Task<(string Key, IReadOnlyList<string> RecoveryCodes)> EnrolAsync(TsunagiFactory factory, string userName, string tenantId = StaffFixtures.Otsuchi)
    {
        using var browser = new StaffBrowser(factory);
        await browser.SignInAsync(tenantId, userName, StaffFixtures.Password);
        var (key, _) = await StartAsync(browser);
        var html = await VerifyAsync(browser, CodeFor(key));
        return (key, RecoveryCodesOn(html));
    }

    public static IReadOnlyList<string> RecoveryCodesOn(string html)
    {
        var list = Regex.Match(html, """data-testid="recovery-codes"[^>]*>(?<items>.*?)</ol>""", RegexOptions.Singleline, TimeSpan.FromSeconds(1));
        return list.Success
            ? [.. Regex.Matches(list.Groups["items"].Value, "<code>(?<code>[^<]+)</code>", RegexOptions.None, TimeSpan.FromSeconds(1)).Select(m => m.Groups["code"].Value)]
            : [];
    }

    /// <summary>Passes the password step; asserts it leads to the second step.</summary>
    public static async Task PasswordStepAsync(StaffBrowser browser, string userName, string tenantId = StaffFixtures.Otsuchi)
    {
        using var response = await browser.LoginAsync(tenantId, userName, StaffFixtures.Password);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/account/login-2fa?returnUrl=%2F", StaffBrowser.RedirectPath(response));
    }

    /// <summary>Submits a code on the second step.</summary>
    public static Task<HttpResponseMessage> SecondStepAsync(StaffBrowser browser, string code) =>
        browser.SubmitAsync("/account/login-2fa?returnUrl=%2F", "login-2fa", ("Input.Code", code));
}
