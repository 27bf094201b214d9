using Tsunagi.Platform.Identity;

namespace Tsunagi.Certificates;

/// <summary>What the certificates module lets staff and API clients do (API scopes carry the same names).</summary>
public sealed class CertificatesPermissions : IPermissionSource
{
    public const string Issue = "certificates.issue";
    public const string Cash = "certificates.cash";
    public const string VoidApprove = "certificates.void.approve";
    public const string Manage = "certificates.manage";

    public IEnumerable<Permission> Permissions { get; } =
    [
        new(Issue, "証明書の交付", "Issue certificates", [StandardRole.Administrator, StandardRole.CounterClerk]),
        new(Cash, "手数料の収納・日計表", "Collect fees and view the daily cash report", [StandardRole.Administrator, StandardRole.CounterClerk]),
        new(VoidApprove, "交付取消の承認", "Approve voiding an issued certificate", [StandardRole.Administrator]),
        new(Manage, "手数料表・証明書設定の管理", "Manage the fee table and certificate settings", [StandardRole.Administrator]),
    ];
}
