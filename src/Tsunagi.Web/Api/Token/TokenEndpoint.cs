using System.Security.Claims;
using Microsoft.AspNetCore;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using OpenIddict.Abstractions;
using OpenIddict.Server.AspNetCore;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Web.Security;
using static OpenIddict.Abstractions.OpenIddictConstants;

namespace Tsunagi.Web.Api.Token;

/// <summary>
/// <c>POST /connect/token</c>, client credentials only. OpenIddict has already parsed the form, authenticated the
/// client and checked its scope permissions when the request reaches this handler; here the token is bound to
/// the client's municipality and to the granted scopes, which become permission claims.
/// </summary>
public static class TokenEndpoint
{
    public const string Path = "/connect/token";

    public const string MunicipalityInactiveDescription = "The client's municipality is not active.";

    public const string UndeclaredScopeDescription = "Only declared permission names can be requested as scopes.";

    /// <summary>Short-lived: tokens are self-contained, so removing a client takes effect when its last token expires.</summary>
    public static readonly TimeSpan AccessTokenLifetime = TimeSpan.FromMinutes(15);

    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(Path, IssueAsync)
            .AllowAnonymous()
            .RequireRateLimiting(RateLimiting.Public)
            .ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<IResult> IssueAsync(
        HttpContext context,
        ApiClients clients,
        PlatformDbContext db,
        PermissionCatalog catalog,
        IServiceProvider services,
        CancellationToken cancellationToken)
    {
        var request = context.GetOpenIddictServerRequest() ?? throw new InvalidOperationException("The OpenIddict server request is missing.");
        if (!request.IsClientCredentialsGrantType())
        {
            return Reject(Errors.UnsupportedGrantType, "Only the client_credentials grant is supported.");
        }

        var client = await clients.FindAsync(request.ClientId, cancellationToken);
        if (client is null)
        {
            return Reject(Errors.InvalidClient, "The client is not registered for a municipality.");
        }

        var active = await db.Municipalities.AsNoTracking()
            .AnyAsync(m => m.Code == client.TenantId && m.Status == MunicipalityStatus.Active, cancellationToken);
        if (!active)
        {
            return Reject(Errors.InvalidClient, MunicipalityInactiveDescription);
        }

        var requested = request.GetScopes();
        List<string> granted = requested.IsEmpty ? [.. client.Scopes.Where(s => catalog.Find(s) is not null)] : [.. requested];
        if (granted.Count == 0 || granted.Any(s => catalog.Find(s) is null))
        {
            return Reject(Errors.InvalidScope, UndeclaredScopeDescription);
        }

        var identity = new ClaimsIdentity(TokenValidationParameters.DefaultAuthenticationType, Claims.Name, Claims.Role);
        identity.SetClaim(Claims.Subject, client.ClientId);
        identity.SetClaim(Claims.ClientId, client.ClientId);
        identity.SetClaim(PermissionClaim.Tenant, client.TenantId);
        identity.SetClaim(PermissionClaim.TenantKind, TenantKind.Municipality.ToString());
        foreach (var scope in granted)
        {
            identity.AddClaim(new Claim(PermissionClaim.Type, scope));
        }

        identity.SetScopes(granted);
        identity.SetDestinations(_ => [Destinations.AccessToken]);
        var principal = new ClaimsPrincipal(identity);

        // From here the request acts as the authenticated client (not as a staff member whose cookie came along),
        // and the issuance is audited in the client's municipality.
        context.User = principal;
        await services.InTenantScopeAsync(client.TenantId, TenantKind.Municipality, async sp =>
        {
            await sp.GetRequiredService<AuditTrail>().RecordAsync(new AuditEntry("api-client.token", "api-client", client.ClientId), cancellationToken);
            return true;
        });
        return Results.SignIn(principal, authenticationScheme: OpenIddictServerAspNetCoreDefaults.AuthenticationScheme);
    }

    private static IResult Reject(string error, string description) =>
        Results.Forbid(
            new AuthenticationProperties(new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                [OpenIddictServerAspNetCoreConstants.Properties.Error] = error,
                [OpenIddictServerAspNetCoreConstants.Properties.ErrorDescription] = description,
            }),
            [OpenIddictServerAspNetCoreDefaults.AuthenticationScheme]);
}
