using Microsoft.AspNetCore.Identity;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Identity;

/// <summary>職員: a staff account of one municipality, or of the consortium for operators.</summary>
public sealed class StaffMember : IdentityUser<Guid>, ITenantOwned
{
    public StaffMember()
    {
        Id = Guid.CreateVersion7();
        SecurityStamp = Guid.CreateVersion7().ToString("N");
    }

    public string TenantId { get; set; } = string.Empty;

    public string DisplayName { get; set; } = string.Empty;

    /// <summary>Demo accounts (seed-demo) are exempt from the second-factor requirement; real accounts never are.</summary>
    public bool IsDemoAccount { get; set; }
}
