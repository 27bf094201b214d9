using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Tsunagi.Portal.Limits;

/// <summary>
/// Refuses request bodies over <see cref="PortalLimits.MaxBodyBytes"/> under <c>/portal</c> with 413 before anything reads
/// them: by the declared length, and by the server's body-size limit for bodies without one (chunked).
/// </summary>
public sealed class PortalBodyLimit(IOptions<PortalLimits> limits) : IStartupFilter
{
    public const string Message = "送信されたデータが大きすぎます。入力内容を確認して、もう一度お試しください。何も保存されていません。";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (context.Request.Path.StartsWithSegments("/portal", StringComparison.OrdinalIgnoreCase))
            {
                var max = limits.Value.MaxBodyBytes;
                if (context.Request.ContentLength > max)
                {
                    context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                    context.Response.ContentType = "text/plain; charset=utf-8";
                    await context.Response.WriteAsync(Message, context.RequestAborted);
                    return;
                }

                if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
                {
                    feature.MaxRequestBodySize = max;
                }
            }

            await nextMiddleware(context);
        });
        next(app);
    };
}
