using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Platform.Settings;

/// <summary>
/// Appends approved values. Callers are the approval of a change request and the import of a law-revision package;
/// both run it inside their unit of work (with their audit event), then the cache entry of the key is dropped.
/// </summary>
public sealed class SettingsStore(PlatformDbContext db, SettingsCache cache, TimeProvider time)
{
    /// <summary>Adds the value as the next version of (key, scope, effective date); saved with the caller's unit of work.</summary>
    public async Task<SettingValue> AppendAsync(string key, SettingScope scope, DateOnly effectiveFrom, string valueJson, Guid recordedBy, Guid? sourceId, CancellationToken cancellationToken = default)
    {
        var latest = await db.SettingValues
            .Where(v => v.Key == key && v.ScopeLevel == scope.Level && v.ScopeId == scope.Id && v.EffectiveFrom == effectiveFrom)
            .MaxAsync(v => (int?)v.Version, cancellationToken) ?? 0;
        var value = new SettingValue
        {
            Id = Guid.CreateVersion7(),
            Key = key,
            ScopeLevel = scope.Level,
            ScopeId = scope.Id,
            EffectiveFrom = effectiveFrom,
            Version = latest + 1,
            ValueJson = valueJson,
            RecordedAt = time.GetUtcNow(),
            RecordedBy = recordedBy,
            SourceId = sourceId,
        };
        db.SettingValues.Add(value);
        cache.Invalidate(key);
        return value;
    }
}
