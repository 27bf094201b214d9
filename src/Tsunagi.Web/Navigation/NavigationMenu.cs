using System.Security.Claims;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Ui;

namespace Tsunagi.Web.Navigation;

/// <summary>The navigation a given staff member sees: declared items filtered by the permissions they hold.</summary>
public sealed class NavigationMenu(IEnumerable<INavigationSource> sources)
{
    private readonly IReadOnlyList<NavigationItem> _items = sources.SelectMany(s => s.Items).OrderBy(i => i.Order).ToList();

    public IEnumerable<NavigationItem> For(ClaimsPrincipal user) =>
        _items.Where(i => i.Permission is null || user.HasClaim(PermissionClaim.Type, i.Permission));
}
