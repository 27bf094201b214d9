using System.Security.Claims;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Web.Security;

/// <summary>
/// The tenant comes only from the authenticated principal (staff cookie or API token), never from a
/// query string or a header the browser controls. Requests without one stay unresolved (fail closed).
/// </summary>
public static class TenantResolution
{
    public static void ResolveFrom(ClaimsPrincipal? principal, ITenantContext tenant)
    {
        if (principal?.Identity?.IsAuthenticated != true || tenant.IsResolved)
        {
            return;
        }

        var tenantId = principal.FindFirst(PermissionClaim.Tenant)?.Value;
        if (string.IsNullOrEmpty(tenantId))
        {
            return;
        }

        var kind = Enum.TryParse<TenantKind>(principal.FindFirst(PermissionClaim.TenantKind)?.Value, out var k) ? k : TenantKind.Municipality;
        tenant.Resolve(tenantId, kind);
    }

    public static IApplicationBuilder UseTenantResolution(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var tenant = context.RequestServices.GetRequiredService<ITenantContext>();
            ResolveFrom(context.User, tenant);
            if (tenant.IsResolved && RendersShell(context.Request.Path))
            {
                // The shell's municipality name is read now, before rendering: the layout and the page initialise
                // concurrently, and on PostgreSQL two queries on the scope's one connection at once fail.
                await context.RequestServices.GetRequiredService<TenantDirectory>().DisplayNameAsync(tenant.TenantId, context.RequestAborted);
            }

            await next(context);
        });

    private static bool RendersShell(PathString path) =>
        !path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments("/connect", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments("/health", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments("/metrics", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments("/openapi", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments("/_framework", StringComparison.OrdinalIgnoreCase);
}
