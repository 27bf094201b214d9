using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Tsunagi.Portal.Identity;

public static class ResidentAuthentication
{
    /// <summary>The resident cookie scheme, added beside the staff schemes without becoming a default.</summary>
    public static IServiceCollection AddResidentAuthentication(this IServiceCollection services)
    {
        services.AddAuthentication().AddCookie(ResidentSession.Scheme, o =>
        {
            o.Cookie.Name = ResidentSession.CookieName;
            o.Cookie.Path = "/portal";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = ResidentSession.IdleTimeout;
            o.SlidingExpiration = true;
            // Pages check the session themselves and send the resident to their town's sign-in page; never the staff login.
            o.Events.OnRedirectToLogin = context =>
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Task.CompletedTask;
            };
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddScoped<ResidentIdentityKey>();
        services.AddScoped<IResidentIdentityProvider, EmailCodeIdentityProvider>();
        return services;
    }
}
