namespace Tsunagi.Platform.Identity;

public static class PermissionPolicy
{
    /// <summary>Authorization policies named <c>perm:residents.read</c> require that permission (or API scope).</summary>
    public const string Prefix = "perm:";
}
