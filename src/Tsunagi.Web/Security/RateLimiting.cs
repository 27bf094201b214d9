using System.Threading.RateLimiting;
using Tsunagi.Platform.Api;

namespace Tsunagi.Web.Security;

public static class RateLimiting
{
    /// <summary>Sign-in attempts (form posts; opening the page is free): per client address, on top of the per-account lockout.</summary>
    public const string Login = "login";

    /// <summary>Public endpoints without login (token endpoint); certificate verification has its own policy in the Certificates module.</summary>
    public const string Public = "public";

    public static IServiceCollection AddTsunagiRateLimiting(this IServiceCollection services) =>
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, _) =>
            {
                var http = context.HttpContext;
                http.Response.Headers.RetryAfter = "60";
                if (ErrorPage.IsWanted(http.Request))
                {
                    await ErrorPage.WriteAsync(http, StatusCodes.Status429TooManyRequests, "短い時間にリクエストが多すぎます。1分ほど待ってから、もう一度お試しください。何も保存されていません。");
                    return;
                }

                await ApiProblems.WriteAsync(http, StatusCodes.Status429TooManyRequests);
            };
            o.AddPolicy(Login, context => HttpMethods.IsPost(context.Request.Method)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    PartitionKey(context),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = 20, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter("page-views"));
            o.AddPolicy(Public, context => RateLimitPartition.GetFixedWindowLimiter(
                PartitionKey(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = 60, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });

    private static string PartitionKey(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
}
