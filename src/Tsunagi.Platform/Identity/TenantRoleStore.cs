using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Platform.Identity;

/// <summary>Identity's EF role store, stamping permission rows with the role's tenant.</summary>
public sealed class TenantRoleStore(PlatformDbContext context, IdentityErrorDescriber? describer = null)
    : RoleStore<StaffRole, PlatformDbContext, Guid, StaffMemberRole, StaffRoleClaim>(context, describer)
{
    protected override StaffRoleClaim CreateRoleClaim(StaffRole role, Claim claim) =>
        new() { TenantId = role.TenantId, RoleId = role.Id, ClaimType = claim.Type, ClaimValue = claim.Value };
}
