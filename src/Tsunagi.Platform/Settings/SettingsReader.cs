using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Settings;

/// <summary>
/// Reads settings for the current tenant (or a named municipality), today or as of a date. A consortium tenant
/// (operators) sees national values only.
/// </summary>
public sealed class SettingsReader(PlatformDbContext db, SettingsCache cache, ITenantContext tenant, TimeProvider time)
{
    public Task<T> GetAsync<T>(SettingDefinition<T> definition, CancellationToken cancellationToken = default)
        where T : notnull =>
        GetAsync(definition, TokyoTime.Today(time), cancellationToken);

    public async Task<T> GetAsync<T>(SettingDefinition<T> definition, DateOnly asOf, CancellationToken cancellationToken = default)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(definition);
        var resolved = await ResolveAsync(definition, ChainFor(tenant.TenantId), asOf, cancellationToken);
        return definition.Read(resolved.ValueJson);
    }

    public async Task<T> GetForAsync<T>(SettingDefinition<T> definition, string municipalityCode, DateOnly asOf, CancellationToken cancellationToken = default)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(definition);
        var resolved = await ResolveAsync(definition, SettingScope.ChainFor(municipalityCode), asOf, cancellationToken);
        return definition.Read(resolved.ValueJson);
    }

    public async Task<ResolvedSetting> ResolveAsync(SettingDefinition definition, IReadOnlyList<SettingScope> chain, DateOnly asOf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(definition);
        return SettingResolution.Resolve(definition, await VersionsAsync(definition.Key, cancellationToken), chain, asOf);
    }

    /// <summary>Every stored version of one key at every scope (from the cache after the first read).</summary>
    public async Task<IReadOnlyList<SettingValue>> VersionsAsync(string key, CancellationToken cancellationToken = default)
    {
        if (cache.TryGet(key, out var cached))
        {
            return cached;
        }

        var generation = cache.Generation;
        var loaded = await db.SettingValues.AsNoTracking().Where(v => v.Key == key).ToListAsync(cancellationToken);
        cache.Set(key, loaded, generation);
        return loaded;
    }

    public static IReadOnlyList<SettingScope> ChainFor(string tenantId) =>
        tenantId is { Length: 6 } && tenantId.All(char.IsAsciiDigit) ? SettingScope.ChainFor(tenantId) : [SettingScope.National];
}
