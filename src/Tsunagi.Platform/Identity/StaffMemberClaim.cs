using Microsoft.AspNetCore.Identity;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Identity;

/// <summary>Identity's <c>IdentityUserClaim</c> row, carrying its tenant so that row-level security covers it.</summary>
public sealed class StaffMemberClaim : IdentityUserClaim<Guid>, ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;
}
