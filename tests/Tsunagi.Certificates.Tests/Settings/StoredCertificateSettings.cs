using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Certificates.Contracts;
using Tsunagi.Certificates.Domain.Settings;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Settings;
using Tsunagi.Platform.Settings.Changes;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;

namespace Tsunagi.Certificates.Tests.Settings;

/// <summary>Stores and reads the certificate settings of the tests' towns through the real host's settings services.</summary>
public static class StoredCertificateSettings
{
    public static CertificateFees FeesOf(long feePerCopy) =>
        new([.. Enum.GetValues<CertificateType>().Select(t => new CertificateFee(t, feePerCopy))]);

    public static CertificatePrintSettings Print(string title, string name, params string[] counters) =>
        new(CertificatePrintSettings.StandardAttestation, title, name, counters, null);

    /// <summary>Appends a version at <paramref name="scope"/> directly (as an approved change or a law package would); setting values belong to no tenant, any town's scope can write them.</summary>
    public static Task StoreAsync<T>(IServiceProvider services, SettingScope scope, SettingDefinition<T> definition, DateOnly from, T value)
        where T : notnull =>
        services.InTenantScopeAsync(scope.Level == SettingScopeLevel.Municipality ? scope.Id : "034614", TenantKind.Municipality, async sp =>
        {
            var db = sp.GetRequiredService<PlatformDbContext>();
            await sp.GetRequiredService<SettingsStore>().AppendAsync(definition.Key, scope, from, definition.Serialize(value), Guid.Empty, null, TestContext.Current.CancellationToken);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            sp.GetRequiredService<SettingsCache>().Invalidate(definition.Key);
            return 0;
        });

    public static Task<T> ReadAsync<T>(IServiceProvider services, string town, SettingDefinition<T> definition, DateOnly asOf)
        where T : notnull =>
        services.InTenantScopeAsync(town, TenantKind.Municipality, sp => sp.GetRequiredService<SettingsReader>().GetAsync(definition, asOf, TestContext.Current.CancellationToken));

    /// <summary>Decides a change request as another administrator of the town (a different actor from the requester).</summary>
    public static Task<SettingValue> ApproveAsync(IServiceProvider services, string town, string person, Guid requestId) =>
        services.InTenantScopeAsync(town, TenantKind.Municipality, sp =>
        {
            sp.GetRequiredService<AuditActor>().ActAsSystem(person);
            return sp.GetRequiredService<SettingChanges>().ApproveAsync(requestId, TestContext.Current.CancellationToken);
        });

    public static Task<IReadOnlyList<SettingChangeRequest>> RequestsAsync(IServiceProvider services, string town, string key) =>
        services.InTenantScopeAsync(town, TenantKind.Municipality, sp => sp.GetRequiredService<SettingChangeQueries>().ForKeyAsync(key, TestContext.Current.CancellationToken));
}
