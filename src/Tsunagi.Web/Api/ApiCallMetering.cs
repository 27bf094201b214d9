using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Metering;

namespace Tsunagi.Web.Api;

public static class ApiCallMetering
{
    /// <summary>
    /// Counts each <c>/api/v1</c> request an API client makes with its token, for the token's tenant (resolved by
    /// then). Staff using the API with their session cookie and unauthenticated calls are not billed as API calls.
    /// </summary>
    public static IApplicationBuilder UseApiCallMetering(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments("/api/v1", StringComparison.OrdinalIgnoreCase)
                && context.RequestServices.GetRequiredService<IAuditActor>().Kind == AuditActorKind.ApiClient)
            {
                context.RequestServices.GetRequiredService<IUsageMeter>().Record(UsageMetric.ApiCalls);
            }

            await next(context);
        });
}
