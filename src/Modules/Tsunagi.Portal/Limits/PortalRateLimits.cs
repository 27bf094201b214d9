using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Tsunagi.Portal.Identity;

namespace Tsunagi.Portal.Limits;

/// <summary>
/// The portal's rate-limiter policies, registered by the module (the host's limiter middleware and its 429 answer apply).
/// Per e-mail address, code requests are limited in <see cref="EmailCodeIdentityProvider"/> (silently, so the answer
/// does not tell whether anything was sent).
/// </summary>
public static class PortalRateLimits
{
    public const string SignIn = "portal-sign-in";
    public const string Submission = "portal-submission";
    public const string Lookup = "portal-lookup";

    public static IServiceCollection AddPortalRateLimits(this IServiceCollection services)
    {
        services.AddOptions<PortalLimits>().BindConfiguration(PortalLimits.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<PortalLimits>>((o, configured) =>
        {
            var limits = configured.Value;
            o.AddPolicy(SignIn, http => HttpMethods.IsPost(http.Request.Method)
                ? Window("sign-in:" + Address(http), limits.SignInPostsPerAddress, TimeSpan.FromMinutes(10))
                : RateLimitPartition.GetNoLimiter("portal-pages"));
            o.AddPolicy(Submission, http => HttpMethods.IsPost(http.Request.Method)
                ? Window("submit:" + Session(http), limits.SubmissionPostsPerSession, TimeSpan.FromHours(1))
                : RateLimitPartition.GetNoLimiter("portal-pages"));
            o.AddPolicy(Lookup, http => Window("lookup:" + Address(http), limits.LookupsPerAddress, TimeSpan.FromMinutes(1)));
        });
        return services;
    }

    private static RateLimitPartition<string> Window(string key, int permits, TimeSpan window) =>
        RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions { PermitLimit = permits, Window = window, QueueLimit = 0 });

    private static string Address(HttpContext http) => http.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    /// <summary>The resident's session cookie (hashed, so the partition key holds no credential), else the address.</summary>
    private static string Session(HttpContext http) =>
        http.Request.Cookies[ResidentSession.CookieName] is { Length: > 0 } cookie
            ? Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(cookie)))
            : Address(http);
}
