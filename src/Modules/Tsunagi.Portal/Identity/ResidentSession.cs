using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;

namespace Tsunagi.Portal.Identity;

/// <summary>
/// The resident's session: a cookie of its own scheme and name, scoped to <c>/portal</c>, bound to one municipality.
/// The staff cookie is never read here and this cookie is never read by the staff scheme, so neither opens the other.
/// </summary>
public static class ResidentSession
{
    public const string Scheme = "TsunagiResident";
    public const string CookieName = "Tsunagi.Resident";
    public const string KeyClaim = "portal:resident";
    public const string MunicipalityClaim = "portal:municipality";
    public const string ProviderClaim = "portal:provider";

    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    public static ClaimsPrincipal Principal(ResidentIdentity identity, string municipality) =>
        new(new ClaimsIdentity(
            [new Claim(KeyClaim, identity.Key), new Claim(MunicipalityClaim, municipality), new Claim(ProviderClaim, identity.Provider)],
            Scheme,
            KeyClaim,
            null));

    /// <summary>The signed-in resident of <paramref name="municipality"/>, or null (no session, or a session of another town).</summary>
    public static async Task<ResidentIdentity?> CurrentAsync(HttpContext http, string municipality)
    {
        ArgumentNullException.ThrowIfNull(http);
        var result = await http.AuthenticateAsync(Scheme);
        if (!result.Succeeded || result.Principal is not { } principal
            || !string.Equals(principal.FindFirst(MunicipalityClaim)?.Value, municipality, StringComparison.Ordinal)
            || principal.FindFirst(KeyClaim)?.Value is not { Length: > 0 } key)
        {
            return null;
        }

        return new ResidentIdentity(key, principal.FindFirst(ProviderClaim)?.Value ?? string.Empty);
    }

    public static Task SignInAsync(HttpContext http, ResidentIdentity identity, string municipality) =>
        http.SignInAsync(Scheme, Principal(identity, municipality), new AuthenticationProperties { IsPersistent = false });

    public static Task SignOutAsync(HttpContext http) => http.SignOutAsync(Scheme);
}
