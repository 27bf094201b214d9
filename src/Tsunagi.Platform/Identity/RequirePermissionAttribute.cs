using Microsoft.AspNetCore.Authorization;

namespace Tsunagi.Platform.Identity;

/// <summary>Requires one declared permission: <c>@attribute [RequirePermission(PlatformPermissions.AuditRead)]</c>.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute(string permission) : AuthorizeAttribute(PermissionPolicy.Prefix + permission)
{
    public string Permission { get; } = permission;
}
