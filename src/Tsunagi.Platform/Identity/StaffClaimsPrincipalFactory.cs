using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Identity;

/// <summary>Adds the tenant, its kind and the display name to the staff member's principal; roles and their permission claims come from the base factory.</summary>
public sealed class StaffClaimsPrincipalFactory(
    UserManager<StaffMember> userManager,
    RoleManager<StaffRole> roleManager,
    IOptions<IdentityOptions> options,
    StaffAccounts accounts)
    : UserClaimsPrincipalFactory<StaffMember, StaffRole>(userManager, roleManager, options)
{
    public const string DisplayNameClaim = "tsunagi:display_name";

    /// <summary>
    /// Present while the member must enrol a second factor and has not. The principal is rebuilt at
    /// sign-in, after enrolment and at each security-stamp validation, so the claim follows role changes.
    /// </summary>
    public const string SecondFactorPendingClaim = "tsunagi:second_factor_pending";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(StaffMember user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PermissionClaim.Tenant, user.TenantId));
        var kind = user.TenantId.All(char.IsAsciiDigit) ? TenantKind.Municipality : TenantKind.Consortium;
        identity.AddClaim(new Claim(PermissionClaim.TenantKind, kind.ToString()));
        identity.AddClaim(new Claim(DisplayNameClaim, user.DisplayName));
        if (!user.TwoFactorEnabled && await accounts.RequiresSecondFactorAsync(user))
        {
            identity.AddClaim(new Claim(SecondFactorPendingClaim, "true"));
        }

        return identity;
    }
}
