namespace Tsunagi.Platform.Identity;

public sealed class PlatformPermissions : IPermissionSource
{
    public const string StaffManage = "staff.manage";
    public const string AuditRead = "audit.read";
    public const string ApiClientsManage = "api-clients.manage";
    public const string ConsortiumOperate = "consortium.operate";
    public const string TenantRead = "tenant.read";
    public const string SettingsRequest = "settings.request";
    public const string SettingsApprove = "settings.approve";

    public IEnumerable<Permission> Permissions { get; } =
    [
        new(TenantRead, "団体情報の参照", "View municipality information",
            [StandardRole.Administrator, StandardRole.CounterClerk, StandardRole.Auditor, StandardRole.Operator]),
        new(StaffManage, "職員とロールの管理", "Manage staff and roles", [StandardRole.Administrator]),
        new(AuditRead, "監査ログの閲覧", "Read the audit log", [StandardRole.Auditor]),
        new(ApiClientsManage, "外部連携クライアントの管理", "Manage API clients", [StandardRole.Administrator, StandardRole.Operator]),
        new(ConsortiumOperate, "共同利用団体の運用", "Operate the consortium", [StandardRole.Operator]),
        new(SettingsRequest, "設定の変更申請", "Request setting changes", [StandardRole.Administrator, StandardRole.Operator]),
        new(SettingsApprove, "設定の変更承認", "Approve setting changes", [StandardRole.Administrator, StandardRole.Operator]),
    ];
}
