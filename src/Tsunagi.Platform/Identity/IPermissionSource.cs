namespace Tsunagi.Platform.Identity;

/// <summary>Implemented once per module to declare its permissions.</summary>
public interface IPermissionSource
{
    IEnumerable<Permission> Permissions { get; }
}
