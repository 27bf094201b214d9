using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Ui;

namespace Tsunagi.Consortium;

public sealed class ConsortiumNavigation : INavigationSource
{
    public IEnumerable<NavigationItem> Items { get; } =
    [
        new("Nav.LawPackages", "/operator/law-packages", PlatformPermissions.ConsortiumOperate, 940),
    ];
}
