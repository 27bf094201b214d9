using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Api;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Continuity.Degraded;

/// <summary>
/// In degraded mode an API write is refused before its endpoint runs: 503 problem+json with Retry-After, nothing read or changed.
/// Form posts reach their handler, whose <see cref="UnitOfWork"/> refuses the same way (the host shows the message on a page).
/// </summary>
public static class DegradedModeRequests
{
    public const int RetryAfterSeconds = 30;

    public static IApplicationBuilder UseDegradedModeRefusals(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (request.Path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
                && !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method) && !HttpMethods.IsOptions(request.Method)
                && await context.RequestServices.GetRequiredService<IWriteAvailability>().CurrentAsync(context.RequestAborted) != WriteAvailability.Available)
            {
                context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await ApiProblems.WriteAsync(context, StatusCodes.Status503ServiceUnavailable, WritesUnavailableException.MessageJa, WritesUnavailableException.MessageEn);
                return;
            }

            await next(context);
        });
}
