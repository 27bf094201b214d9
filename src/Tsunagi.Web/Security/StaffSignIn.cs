using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Tsunagi.Platform.Api;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Web.Security;

public static class StaffSignIn
{
    /// <summary>Idle timeout of a staff session: the cookie slides while the clerk works and expires after 15 idle minutes.</summary>
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(15);

    public static IServiceCollection AddStaffSignIn(this IServiceCollection services)
    {
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.FromMinutes(1));
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "Tsunagi.Staff";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            // Issue and expiry times come from the DI TimeProvider (the authentication post-configuration sets
            // Options.TimeProvider from it), so tests advance a fake clock; IdleTimeoutTests depend on it.
            o.ExpireTimeSpan = IdleTimeout;
            o.SlidingExpiration = true;
            o.LoginPath = "/account/login";
            o.LogoutPath = "/account/logout";
            o.AccessDeniedPath = "/account/access-denied";
            o.Events.OnValidatePrincipal = async context =>
            {
                // The security-stamp check loads the staff member, which is tenant-owned: resolve the tenant first.
                TenantResolution.ResolveFrom(context.Principal, context.HttpContext.RequestServices.GetRequiredService<ITenantContext>());
                await SecurityStampValidator.ValidatePrincipalAsync(context);
            };
            o.Events.OnRedirectToLogin = context => RedirectOrProblem(context, StatusCodes.Status401Unauthorized);
            o.Events.OnRedirectToAccessDenied = context => RedirectOrProblem(context, StatusCodes.Status403Forbidden);
        });
        services.ConfigureExternalCookie(o => o.Cookie.SameSite = SameSiteMode.Strict);
        services.Configure<CookieAuthenticationOptions>(IdentityConstants.TwoFactorUserIdScheme, o =>
        {
            o.Cookie.Name = "Tsunagi.TwoFactor";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.ExpireTimeSpan = TimeSpan.FromMinutes(5);
        });
        return services;
    }

    private static Task RedirectOrProblem(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (ApiRequests.IsApi(context.Request))
        {
            return ApiProblems.WriteAsync(context.HttpContext, status);
        }

        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
