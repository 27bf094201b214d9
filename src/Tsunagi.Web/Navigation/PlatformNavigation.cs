using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Ui;

namespace Tsunagi.Web.Navigation;

public sealed class PlatformNavigation : INavigationSource
{
    public IEnumerable<NavigationItem> Items { get; } =
    [
        new("Nav.Home", "/", null, 0),
        new("Nav.Staff", "/admin/staff", PlatformPermissions.StaffManage, 900),
        new("Nav.Audit", "/audit", PlatformPermissions.AuditRead, 910),
        new("Nav.Consortium", "/operator/municipalities", PlatformPermissions.ConsortiumOperate, 920),
        new("Nav.Onboarding", "/operator/onboarding", PlatformPermissions.ConsortiumOperate, 925),
        new("Nav.Backups", "/operator/backups", PlatformPermissions.ConsortiumOperate, 930),
        new("Nav.Continuity", "/operator/continuity", PlatformPermissions.ConsortiumOperate, 935),
        new("Nav.Settings", "/settings", PlatformPermissions.SettingsRequest, 940),
        new("Nav.SettingRequests", "/settings/requests", PlatformPermissions.SettingsApprove, 941),
        new("Nav.Security", "/account/security", null, 990),
    ];
}
