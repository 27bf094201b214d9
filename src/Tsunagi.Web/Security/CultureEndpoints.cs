using Microsoft.AspNetCore.Localization;

namespace Tsunagi.Web.Security;

/// <summary>The language switch in the footer: a preference cookie (ja-JP or en), then back to the page.</summary>
public static class CultureEndpoints
{
    private static readonly string[] Supported = ["ja-JP", "en"];

    public static IEndpointRouteBuilder MapCultureEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/culture/{name}", (string name, string? returnUrl, HttpContext context) =>
        {
            if (!Supported.Contains(name, StringComparer.Ordinal))
            {
                return Results.NotFound();
            }

            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(name)),
                new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, MaxAge = TimeSpan.FromDays(365), IsEssential = true });
            return Results.LocalRedirect(LocalUrl.OrHome(returnUrl));
        }).AllowAnonymous();
        return endpoints;
    }
}
