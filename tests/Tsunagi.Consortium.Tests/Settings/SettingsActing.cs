using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Settings;
using Tsunagi.Platform.Settings.Changes;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;

namespace Tsunagi.Consortium.Tests.Settings;

/// <summary>Runs setting work as a named person of a tenant (each name is a different actor) through the real host's services.</summary>
public static class SettingsActing
{
    public static Task<T> AsAsync<T>(this TsunagiFactory factory, string tenantId, string person, Func<SettingChanges, Task<T>> work) =>
        factory.Services.InTenantScopeAsync(tenantId, KindOf(tenantId), sp =>
        {
            sp.GetRequiredService<AuditActor>().ActAsSystem(person);
            return work(sp.GetRequiredService<SettingChanges>());
        });

    public static Task<RetentionSetting> ReadAsync(this TsunagiFactory factory, string town, DateOnly asOf) =>
        factory.Services.InTenantScopeAsync(town, TenantKind.Municipality, sp =>
            sp.GetRequiredService<SettingsReader>().GetAsync(RetentionSetting.Definition, asOf, TestContext.Current.CancellationToken));

    public static Task<SettingChangeRequest> RequestRetentionAsync(this TsunagiFactory factory, string tenantId, string person, SettingScope scope, DateOnly from, int years) =>
        factory.AsAsync(tenantId, person, c => c.RequestAsync(
            RetentionSetting.Definition.Key, scope, from, RetentionSetting.Definition.Serialize(new RetentionSetting(years, "条例改正")), "条例改正のため", TestContext.Current.CancellationToken));

    private static TenantKind KindOf(string tenantId) => tenantId.All(char.IsAsciiDigit) ? TenantKind.Municipality : TenantKind.Consortium;
}
