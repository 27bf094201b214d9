using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Tsunagi.Platform.Identity;

namespace Tsunagi.Web.Security;

/// <summary>Deny by default: every endpoint needs a signed-in user unless marked anonymous; "perm:x" policies need permission x, which must be declared.</summary>
public static class PermissionAuthorization
{
    public static IServiceCollection AddPermissionAuthorization(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        return services;
    }

    private sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options, PermissionCatalog catalog)
        : DefaultAuthorizationPolicyProvider(options)
    {
        public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName)
        {
            if (!policyName.StartsWith(PermissionPolicy.Prefix, StringComparison.Ordinal))
            {
                return await base.GetPolicyAsync(policyName);
            }

            var name = policyName[PermissionPolicy.Prefix.Length..];
            if (catalog.Find(name) is null)
            {
                throw new InvalidOperationException($"Permission '{name}' is not declared by any module.");
            }

            return new AuthorizationPolicyBuilder().RequireAuthenticatedUser().AddRequirements(new PermissionRequirement(name)).Build();
        }
    }

    private sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

    private sealed class PermissionHandler : AuthorizationHandler<PermissionRequirement>
    {
        protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
        {
            if (context.User.HasClaim(PermissionClaim.Type, requirement.Permission))
            {
                context.Succeed(requirement);
            }

            return Task.CompletedTask;
        }
    }
}
