using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Consortium.Data;
using Tsunagi.Consortium.Features.LawRevisionPackages;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Settings;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;

namespace Tsunagi.Consortium.Tests.LawRevisionPackages;

/// <summary>Work in the demo consortium's scope (the operator's tenant) and reads of what is stored.</summary>
public static class LawPackageScopes
{
    public const string Sanriku = "sanriku";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static Task<T> AsOperatorAsync<T>(TsunagiFactory factory, Func<IServiceProvider, Task<T>> work) =>
        factory.Services.InTenantScopeAsync(Sanriku, TenantKind.Consortium, work);

    public static Task<LawPackagePreview> PreviewAsync(TsunagiFactory factory, byte[] file) =>
        AsOperatorAsync(factory, sp => sp.GetRequiredService<LawPackagePreviewer>().PreviewAsync(sp.GetRequiredService<LawPackageReader>().Read(file), Ct));

    public static Task<LawPackageImportResult> ImportAsync(TsunagiFactory factory, byte[] file) =>
        AsOperatorAsync(factory, sp => sp.GetRequiredService<LawPackageImporter>().ImportAsync(sp.GetRequiredService<LawPackageReader>().Read(file), Ct));

    /// <summary>A municipality's own value, as an approved change request would store it.</summary>
    public static Task StoreOwnValueAsync(TsunagiFactory factory, string town, SettingDefinition definition, DateOnly effectiveFrom, string json) =>
        AsOperatorAsync(factory, async sp =>
        {
            await sp.GetRequiredService<SettingsStore>().AppendAsync(definition.Key, SettingScope.Municipality(town), effectiveFrom, json, Guid.CreateVersion7(), null, Ct);
            return await sp.GetRequiredService<PlatformDbContext>().SaveChangesAsync(Ct);
        });

    public static Task<int> StoredVersionsAsync(TsunagiFactory factory, string key) =>
        AsOperatorAsync(factory, sp => sp.GetRequiredService<PlatformDbContext>().SettingValues.CountAsync(v => v.Key == key, Ct));

    public static Task<int> ImportedPackagesAsync(TsunagiFactory factory, string packageId) =>
        AsOperatorAsync(factory, sp => sp.GetRequiredService<ConsortiumDbContext>().Set<ImportedLawPackage>().CountAsync(p => p.PackageId == packageId, Ct));

    public static Task<T> ReadAsync<T>(TsunagiFactory factory, string town, SettingDefinition<T> definition, DateOnly asOf)
        where T : notnull =>
        factory.Services.InTenantScopeAsync(town, TenantKind.Municipality, sp => sp.GetRequiredService<SettingsReader>().GetAsync(definition, asOf, Ct));
}
