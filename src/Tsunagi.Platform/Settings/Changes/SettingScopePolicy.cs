using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Settings.Changes;

/// <summary>
/// Who governs which scope: a municipality its own municipality scope only; the consortium (operators) the national
/// and prefectural scopes. Requests of a scope a tenant does not govern are invisible to it (404), so one town never
/// sees or decides another's.
/// </summary>
public static class SettingScopePolicy
{
    public static bool Governs(ITenantContext tenant, SettingScope scope)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return tenant.Kind switch
        {
            TenantKind.Municipality => scope.Level == SettingScopeLevel.Municipality && scope.Id == tenant.TenantId,
            TenantKind.Consortium => scope.Level is SettingScopeLevel.National or SettingScopeLevel.Prefecture,
            _ => false,
        };
    }

    public static IQueryable<SettingChangeRequest> VisibleTo(this IQueryable<SettingChangeRequest> requests, ITenantContext tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        if (tenant.Kind == TenantKind.Municipality)
        {
            var code = tenant.TenantId;
            return requests.Where(r => r.ScopeLevel == SettingScopeLevel.Municipality && r.ScopeId == code);
        }

        return requests.Where(r => r.ScopeLevel == SettingScopeLevel.National || r.ScopeLevel == SettingScopeLevel.Prefecture);
    }
}
