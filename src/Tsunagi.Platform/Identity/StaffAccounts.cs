using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Tsunagi.Platform.Auditing;

namespace Tsunagi.Platform.Identity;

/// <summary>Creates staff members and roles inside the current tenant scope (used by seeding, the CLI and onboarding).</summary>
public sealed class StaffAccounts(UserManager<StaffMember> users, RoleManager<StaffRole> roles, PermissionCatalog permissions, AuditTrail audit)
{
    /// <summary>Creates the standard role with the permissions modules grant it, or adds newly declared ones.</summary>
    public async Task<StaffRole> EnsureStandardRoleAsync(string tenantId, StandardRole standardRole)
    {
        var name = StandardRoles.NameOf(standardRole);
        var role = await roles.FindByNameAsync(name);
        if (role is null)
        {
            role = new StaffRole
            {
                TenantId = tenantId,
                Name = name,
                DisplayName = StandardRoles.LabelJa(standardRole),
                RequiresSecondFactor = StandardRoles.RequiresSecondFactor(standardRole),
            };
            ThrowIfFailed(await roles.CreateAsync(role));
        }

        var held = (await roles.GetClaimsAsync(role)).Where(c => c.Type == PermissionClaim.Type).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        foreach (var permission in permissions.GrantedTo(standardRole).Where(p => !held.Contains(p.Name)))
        {
            ThrowIfFailed(await roles.AddClaimAsync(role, new Claim(PermissionClaim.Type, permission.Name)));
        }

        return role;
    }

    public async Task<StaffMember> CreateAsync(string tenantId, string userName, string displayName, string password, IEnumerable<StandardRole> standardRoles, bool isDemoAccount = false)
    {
        var member = new StaffMember { TenantId = tenantId, UserName = userName, DisplayName = displayName, IsDemoAccount = isDemoAccount };
        ThrowIfFailed(await users.CreateAsync(member, password));
        foreach (var standardRole in standardRoles)
        {
            var role = await EnsureStandardRoleAsync(tenantId, standardRole);
            ThrowIfFailed(await users.AddToRoleAsync(member, role.Name!));
        }

        await audit.RecordAsync(new AuditEntry("staff.create", "staff", member.Id.ToString()));

        return member;
    }

    /// <summary>
    /// Turns the second factor off and discards the authenticator key (a lost phone and lost recovery codes).
    /// The security stamp changes, so every session of the member ends; a member who must use a second factor
    /// is made to enrol again at the next sign-in.
    /// </summary>
    public async Task ResetSecondFactorAsync(StaffMember member)
    {
        ThrowIfFailed(await users.SetTwoFactorEnabledAsync(member, false));
        ThrowIfFailed(await users.ResetAuthenticatorKeyAsync(member));
        await audit.RecordAsync(new AuditEntry("staff.second-factor.reset", "staff", member.Id.ToString()));
    }

    /// <summary>Whether this member must use a second factor: any role that requires it, unless a demo account.</summary>
    public async Task<bool> RequiresSecondFactorAsync(StaffMember member)
    {
        if (member.IsDemoAccount)
        {
            return false;
        }

        foreach (var name in await users.GetRolesAsync(member))
        {
            if (await roles.FindByNameAsync(name) is { RequiresSecondFactor: true })
            {
                return true;
            }
        }

        return false;
    }

    private static void ThrowIfFailed(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new StaffAccountException(result.Errors.Select(e => e.Description).ToList());
        }
    }
}
