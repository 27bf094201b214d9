using Microsoft.AspNetCore.Identity;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Identity;

/// <summary>A role of one tenant, made of permissions (stored as role claims of type <see cref="PermissionClaim.Type"/>).</summary>
public sealed class StaffRole : IdentityRole<Guid>, ITenantOwned
{
    public StaffRole()
    {
        Id = Guid.CreateVersion7();
    }

    public string TenantId { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Members of this role must use a second factor (administrators, operators).</summary>
    public bool RequiresSecondFactor { get; set; }
}
