using Microsoft.AspNetCore.Authorization;
using Tsunagi.Platform.Api;
using Tsunagi.Platform.Identity;

namespace Tsunagi.Web.Security;

/// <summary>
/// Administrators and operators who have not enrolled a second factor can only reach the security page
/// (to enrol) and what needs no sign-in (login, logout, static assets, health); every other page
/// redirects there, and API calls made with their session get 403.
/// </summary>
public static class SecondFactorEnforcement
{
    public const string EnrolmentPath = "/account/security";

    public static IApplicationBuilder UseSecondFactorEnforcement(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (IsBlocked(context))
            {
                if (ApiRequests.IsApi(context.Request))
                {
                    await ApiProblems.WriteAsync(
                        context,
                        StatusCodes.Status403Forbidden,
                        "2段階認証の設定が必要です。ログインとセキュリティの画面で設定してください。",
                        "A second factor must be enrolled on the sign-in and security page first.");
                    return;
                }

                context.Response.Redirect(EnrolmentPath);
                return;
            }

            await next(context);
        });

    private static bool IsBlocked(HttpContext context)
    {
        if (!context.User.HasClaim(c => c.Type == StaffClaimsPrincipalFactory.SecondFactorPendingClaim))
        {
            return false;
        }

        var endpoint = context.GetEndpoint();
        if (endpoint is null || endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
        {
            return false;
        }

        return !context.Request.Path.Equals(EnrolmentPath, StringComparison.OrdinalIgnoreCase);
    }
}
