using Tsunagi.Platform.Ui;

namespace Tsunagi.Counter;

public sealed class CounterNavigation : INavigationSource
{
    public IEnumerable<NavigationItem> Items { get; } =
    [
        new("Nav.CounterProcedures", "/counter/procedures", CounterPermissions.Manage, 460),
        new("Nav.CounterMetrics", "/counter/metrics", CounterPermissions.Manage, 465),
    ];
}
