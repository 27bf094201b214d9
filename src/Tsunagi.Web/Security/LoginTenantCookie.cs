using Microsoft.AspNetCore.DataProtection;

namespace Tsunagi.Web.Security;

/// <summary>
/// Carries the tenant chosen on the login page to the second-factor step in a protected, short-lived
/// cookie, so that step can look up the staff member inside that tenant (never from the query string).
/// </summary>
public sealed class LoginTenantCookie(IDataProtectionProvider protection)
{
    private const string CookieName = "Tsunagi.LoginTenant";

    private readonly ITimeLimitedDataProtector _protector = protection.CreateProtector("Tsunagi.LoginTenant").ToTimeLimitedDataProtector();

    public void Remember(HttpContext context, string tenantId) =>
        context.Response.Cookies.Append(CookieName, _protector.Protect(tenantId, TimeSpan.FromMinutes(5)), new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            MaxAge = TimeSpan.FromMinutes(5),
            Path = "/account",
        });

    public string? Read(HttpContext context)
    {
        if (!context.Request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            return _protector.Unprotect(value);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }

    public static void Forget(HttpContext context) => context.Response.Cookies.Delete(CookieName, new CookieOptions { Path = "/account" });
}
