using Microsoft.AspNetCore.Identity;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Identity;

namespace Tsunagi.Web.Security;

public static class AccountEndpoints
{
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        // POST only, with the antiforgery token of the layout's logout form.
        endpoints.MapPost("/account/logout", async (SignInManager<StaffMember> signIn, AuditTrail audit, HttpContext context) =>
        {
            if (context.User.Identity?.IsAuthenticated == true)
            {
                await audit.RecordAsync(new AuditEntry("staff.logout", "staff", context.User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value ?? string.Empty));
            }

            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login?signedOut=1");
        }).AllowAnonymous();
        return endpoints;
    }
}
