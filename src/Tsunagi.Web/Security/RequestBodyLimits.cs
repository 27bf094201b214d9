using Microsoft.AspNetCore.Http.Features;
using Tsunagi.Platform.Api;
using Tsunagi.Web.Hosting;

namespace Tsunagi.Web.Security;

/// <summary>The request body limit of a path: 1 MB, or more where a module registered a <see cref="LargeUploadPath"/>.</summary>
public static class RequestBodyLimits
{
    public static long For(HttpContext context) =>
        context.RequestServices.GetServices<LargeUploadPath>()
            .Where(p => context.Request.Path.StartsWithSegments(p.PathPrefix, StringComparison.OrdinalIgnoreCase))
            .Select(p => p.MaxBytes)
            .DefaultIfEmpty(TsunagiWebApplication.MaxRequestBodyBytes)
            .Max();

    /// <summary>Raises Kestrel's and the form reader's limits for this request when its path allows more than the default.</summary>
    public static void Apply(HttpContext context, long limit)
    {
        if (limit <= TsunagiWebApplication.MaxRequestBodyBytes)
        {
            return;
        }

        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit;
        }

        context.Features.Set<IFormFeature>(new FormFeature(context.Request, new FormOptions
        {
            ValueLengthLimit = 64 * 1024,
            ValueCountLimit = 256,
            MultipartBodyLengthLimit = limit,
        }));
    }

    /// <summary>The limit as people read it: 「1 MB」, 「512 MB」.</summary>
    public static string Describe(long limit) => $"{limit / (1024 * 1024):N0} MB";
}
