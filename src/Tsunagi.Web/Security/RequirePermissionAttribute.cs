using Microsoft.AspNetCore.Authorization;
using Tsunagi.Platform.Identity;

namespace Tsunagi.Web.Security;

/// <summary>Requires one declared permission: <c>@attribute [RequirePermission(PlatformPermissions.AuditRead)]</c>.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = true)]
public sealed class RequirePermissionAttribute(string permission) : AuthorizeAttribute(PermissionPolicy.Prefix + permission)
{
    public string Permission { get; } = permission;
}
