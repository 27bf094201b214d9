using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Api;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Web.Security;

/// <summary>
/// Users and API clients of a municipality in onboarding get 503 (with Retry-After) until the operator starts its use,
/// except the account pages its invited administrator needs (invitation, sign-in, second-factor enrolment, sign-out);
/// those of a deactivated municipality get 410 except sign-out. Requests without a municipality pass untouched.
/// </summary>
public static class TenantStatusGate
{
    public const string OnboardingMessage = "この団体は利用開始の準備中です。";

    public const string DeactivatedMessage = "この団体の利用は終了しました。";

    public static readonly TimeSpan RetryAfter = TimeSpan.FromHours(1);

    public static IApplicationBuilder UseTenantStatusGate(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var tenant = context.RequestServices.GetRequiredService<ITenantContext>();
            var path = context.Request.Path;
            if (!tenant.IsResolved || tenant.Kind != TenantKind.Municipality || IsAsset(path))
            {
                await next(context);
                return;
            }

            var code = tenant.TenantId;
            var status = await context.RequestServices.GetRequiredService<PlatformDbContext>().Municipalities.AsNoTracking()
                .Where(m => m.Code == code).Select(m => (MunicipalityStatus?)m.Status).FirstOrDefaultAsync(context.RequestAborted);
            if (status == MunicipalityStatus.Onboarding && !path.StartsWithSegments("/account", StringComparison.OrdinalIgnoreCase))
            {
                context.Response.Headers.RetryAfter = ((int)RetryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                await RefuseAsync(context, StatusCodes.Status503ServiceUnavailable, OnboardingMessage, "This municipality is being prepared and is not in use yet.");
                return;
            }

            if (status == MunicipalityStatus.Deactivated && !path.Equals("/account/logout", StringComparison.OrdinalIgnoreCase))
            {
                await RefuseAsync(context, StatusCodes.Status410Gone, DeactivatedMessage, "This municipality no longer uses this service.");
                return;
            }

            await next(context);
        });

    private static bool IsAsset(PathString path) =>
        path.StartsWithSegments("/css", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/_framework", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase);

    private static Task RefuseAsync(HttpContext context, int status, string messageJa, string messageEn)
    {
        if (ApiRequests.IsApi(context.Request) || !ErrorPage.IsWanted(context.Request))
        {
            return ApiProblems.WriteAsync(context, status, messageJa, messageEn);
        }

        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync($"""
            <!DOCTYPE html>
            <html lang="ja"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1.0"><title>{WebUtility.HtmlEncode(messageJa)} - つなぎ</title>
            <link rel="stylesheet" href="/css/vendor/digital-go-jp/tokens.css"><link rel="stylesheet" href="/css/app.css"></head>
            <body><main class="error-page"><h1 data-testid="tenant-status">{WebUtility.HtmlEncode(messageJa)}</h1>
            <p lang="en">{WebUtility.HtmlEncode(messageEn)}</p>
            </main></body></html>
            """);
    }
}
