using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Ui;

namespace Tsunagi.Consortium;

public sealed class ConsortiumNavigation : INavigationSource
{
    public IEnumerable<NavigationItem> Items { get; } =
    [
        new("Nav.CostSharing", "/operator/cost-sharing", PlatformPermissions.ConsortiumOperate, 940),
    ];
}
