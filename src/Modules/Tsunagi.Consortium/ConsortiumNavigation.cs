using Tsunagi.Platform.Ui;

namespace Tsunagi.Consortium;

public sealed class ConsortiumNavigation : INavigationSource
{
    public IEnumerable<NavigationItem> Items { get; } = [];
}
