using Microsoft.AspNetCore.Identity;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Identity;

/// <summary>Identity's <c>IdentityUserRole</c> row, carrying its tenant so that row-level security covers it.</summary>
public sealed class StaffMemberRole : IdentityUserRole<Guid>, ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;
}
