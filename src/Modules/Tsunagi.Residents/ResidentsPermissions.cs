using Tsunagi.Platform.Identity;

namespace Tsunagi.Residents;

/// <summary>What the resident register lets staff and API clients do (API scopes carry the same names).</summary>
public sealed class ResidentsPermissions : IPermissionSource
{
    public const string Read = "residents.read";
    public const string Write = "residents.write";
    public const string RemovedRead = "residents.removed.read";
    public const string RestrictedRead = "residents.restricted.read";
    public const string RestrictionsManage = "residents.restrictions.manage";
    public const string IndividualNumberReveal = "residents.individual-number.reveal";
    public const string ExOfficioApprove = "residents.ex-officio.approve";

    public IEnumerable<Permission> Permissions { get; } =
    [
        new(Read, "住民記録の参照", "View the resident register", [StandardRole.Administrator, StandardRole.CounterClerk]),
        new(Write, "住民異動の届出・職権記載", "Record notifications and ex-officio changes", [StandardRole.Administrator, StandardRole.CounterClerk]),
        new(RemovedRead, "除票の参照", "View removed records", [StandardRole.Administrator, StandardRole.CounterClerk]),
        new(RestrictedRead, "支援措置対象者の住所の参照", "View addresses under a support measure", [StandardRole.Administrator]),
        new(RestrictionsManage, "支援措置の登録・終了", "Register and end support measures", [StandardRole.Administrator]),
        new(IndividualNumberReveal, "個人番号の表示", "Reveal an individual number", [StandardRole.Administrator, StandardRole.CounterClerk]),
        new(ExOfficioApprove, "職権修正・職権消除の承認", "Approve ex-officio corrections and removals", [StandardRole.Administrator]),
    ];
}
