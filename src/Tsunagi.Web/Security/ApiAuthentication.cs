using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using OpenIddict.Validation.AspNetCore;

namespace Tsunagi.Web.Security;

/// <summary>
/// One default scheme that picks per request: API calls under /api/v1 with an Authorization header (or
/// without a staff cookie) use the OAuth bearer token, so a missing credential is answered with
/// 401 and <c>WWW-Authenticate: Bearer</c>; the token endpoint never uses the cookie; everything else, and API calls
/// from a signed-in page, uses the staff cookie.
/// </summary>
public static class ApiAuthentication
{
    public const string Scheme = "Tsunagi";

    public static IServiceCollection AddApiAuthentication(this IServiceCollection services)
    {
        // Registered after Identity, so these defaults replace the ones AddIdentity set.
        services.AddAuthentication(o =>
            {
                o.DefaultScheme = Scheme;
                o.DefaultAuthenticateScheme = Scheme;
                o.DefaultChallengeScheme = Scheme;
                o.DefaultForbidScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, "Staff cookie or API bearer token", o => o.ForwardDefaultSelector = Select);
        return services;
    }

    private static string Select(HttpContext context)
    {
        var request = context.Request;
        if (request.Path.StartsWithSegments("/connect", StringComparison.OrdinalIgnoreCase))
        {
            // The token endpoint authenticates the client itself; a staff cookie sent along must not make it a staff request.
            return OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme;
        }

        if (!request.Path.StartsWithSegments("/api/v1", StringComparison.OrdinalIgnoreCase))
        {
            return IdentityConstants.ApplicationScheme;
        }

        var hasAuthorization = !string.IsNullOrEmpty(request.Headers[HeaderNames.Authorization]);
        var cookieName = context.RequestServices.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(IdentityConstants.ApplicationScheme).Cookie.Name;
        var hasStaffCookie = cookieName is not null && request.Cookies.ContainsKey(cookieName);
        return hasAuthorization || !hasStaffCookie
            ? OpenIddictValidationAspNetCoreDefaults.AuthenticationScheme
            : IdentityConstants.ApplicationScheme;
    }
}
