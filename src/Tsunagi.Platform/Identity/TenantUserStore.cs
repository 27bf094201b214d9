using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Platform.Identity;

/// <summary>Identity's EF store, stamping every child row it creates with the staff member's tenant.</summary>
public sealed class TenantUserStore(PlatformDbContext context, IdentityErrorDescriber? describer = null)
    : UserStore<StaffMember, StaffRole, PlatformDbContext, Guid, StaffMemberClaim, StaffMemberRole, StaffMemberLogin, StaffMemberToken, StaffRoleClaim>(context, describer)
{
    protected override StaffMemberRole CreateUserRole(StaffMember user, StaffRole role) =>
        new() { TenantId = user.TenantId, UserId = user.Id, RoleId = role.Id };

    protected override StaffMemberClaim CreateUserClaim(StaffMember user, Claim claim)
    {
        var row = new StaffMemberClaim { TenantId = user.TenantId, UserId = user.Id };
        row.InitializeFromClaim(claim);
        return row;
    }

    protected override StaffMemberLogin CreateUserLogin(StaffMember user, UserLoginInfo login) =>
        new()
        {
            TenantId = user.TenantId,
            UserId = user.Id,
            LoginProvider = login.LoginProvider,
            ProviderKey = login.ProviderKey,
            ProviderDisplayName = login.ProviderDisplayName,
        };

    protected override StaffMemberToken CreateUserToken(StaffMember user, string loginProvider, string name, string? value) =>
        new() { TenantId = user.TenantId, UserId = user.Id, LoginProvider = loginProvider, Name = name, Value = value };
}
