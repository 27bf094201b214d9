using Tsunagi.Platform.Ui;

namespace Tsunagi.Counter;

public sealed class CounterNavigation : INavigationSource
{
    public IEnumerable<NavigationItem> Items { get; } =
    [
        new("Nav.CounterProcedures", "/counter/procedures", CounterPermissions.Manage, 460),
        new("Nav.CounterMetrics", "/counter/metrics", CounterPermissions.Manage, 465),
        new("Nav.CounterReception", "/counter/reception", CounterPermissions.Operate, 452),
        new("Nav.CounterCases", "/counter/cases", CounterPermissions.Operate, 454),
        new("Nav.CounterInbox", "/counter/inbox", CounterPermissions.Operate, 456),
        new("Nav.CounterDepartments", "/counter/departments", CounterPermissions.Manage, 462),
    ];
}
