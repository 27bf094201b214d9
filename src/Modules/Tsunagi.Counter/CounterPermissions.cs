using Tsunagi.Platform.Identity;

namespace Tsunagi.Counter;

/// <summary>What the one-stop counter lets staff do.</summary>
public sealed class CounterPermissions : IPermissionSource
{
    /// <summary>Receive visitors, open and work cases, take the payment (also the API scope).</summary>
    public const string Operate = "counter.operate";

    /// <summary>Edit the procedure catalogue and see the counter's metrics (managers).</summary>
    public const string Manage = "counter.manage";

    public IEnumerable<Permission> Permissions { get; } =
    [
        new(Operate, "総合窓口の受付・処理", "Receive and work one-stop counter cases", [StandardRole.Administrator, StandardRole.CounterClerk]),
        new(Manage, "総合窓口の手続一覧・実績の管理", "Manage the counter's procedure catalogue and metrics", [StandardRole.Administrator]),
    ];
}
