namespace Tsunagi.Platform.Identity;

public static class PermissionClaim
{
    /// <summary>Role-claim and principal-claim type that carries one permission name.</summary>
    public const string Type = "tsunagi:permission";

    /// <summary>Principal claim with the tenant key of the signed-in staff member or API client.</summary>
    public const string Tenant = "tsunagi:tenant";

    /// <summary>Principal claim: "municipality" or "consortium".</summary>
    public const string TenantKind = "tsunagi:tenant_kind";
}
