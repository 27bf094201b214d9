using Tsunagi.Platform.Identity;

namespace Tsunagi.Consortium;

/// <summary>What the consortium module lets staff do. Operating the consortium itself is the platform's <c>consortium.operate</c>.</summary>
public sealed class ConsortiumPermissions : IPermissionSource
{
    public const string Migrate = "consortium.migrate";

    public IEnumerable<Permission> Permissions { get; } =
    [
        new(Migrate, "移行データの取込", "Import data from a legacy system", [StandardRole.Administrator, StandardRole.Operator]),
    ];
}
