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
            ResolveFrom(context.User, context.RequestServices.GetRequiredService<ITenantContext>());
            await next(context);
        });
}
