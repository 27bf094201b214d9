using Microsoft.AspNetCore.Http;
using Tsunagi.Platform.Identity;

namespace Tsunagi.Residents.Viewing;

/// <summary>What the signed-in staff member or API client of this request may see (permissions are claims, scopes for clients).</summary>
public sealed class ViewerPermissions(IHttpContextAccessor http)
{
    public bool Has(string permission) => http.HttpContext?.User.HasClaim(PermissionClaim.Type, permission) == true;

    public bool MaySeeRemoved => Has(ResidentsPermissions.RemovedRead);

    public bool MaySeeRestrictedAddresses => Has(ResidentsPermissions.RestrictedRead);
}
