using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Ui;

namespace Tsunagi.Consortium;

public sealed class ConsortiumNavigation : INavigationSource
{
    public IEnumerable<NavigationItem> Items { get; } =
    [
        new("Nav.Operator", "/operator", PlatformPermissions.ConsortiumOperate, 915),
        new("Nav.Usage", "/operator/usage", PlatformPermissions.ConsortiumOperate, 925),
        new("Nav.CostSharing", "/operator/cost-sharing", PlatformPermissions.ConsortiumOperate, 940),
        new("Nav.LawPackages", "/operator/law-packages", PlatformPermissions.ConsortiumOperate, 940),
        new("Nav.Migration", "/migration", ConsortiumPermissions.Migrate, 880),
    ];
}
