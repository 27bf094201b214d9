using System.Collections.Concurrent;

namespace Tsunagi.Platform.Settings;

/// <summary>
/// Every stored version of each setting key, kept in process after the first read and dropped when a value of that key
/// is written here, when the outbox delivers <c>SettingChanged</c> here, or when <see cref="SettingsCacheWatcher"/> sees
/// the table grow (another instance wrote), see ADR 0014. A load that started before a drop is not kept: its versions
/// may predate the write.
/// </summary>
public sealed class SettingsCache
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<SettingValue>> _byKey = new(StringComparer.Ordinal);
    private long _generation;

    /// <summary>Read before loading from the database; pass it to <see cref="Set(string, IReadOnlyList{SettingValue}, long)"/>.</summary>
    public long Generation => Interlocked.Read(ref _generation);

    public bool TryGet(string key, out IReadOnlyList<SettingValue> values) => _byKey.TryGetValue(key, out values!);

    public void Set(string key, IReadOnlyList<SettingValue> values) => _byKey[key] = values;

    /// <summary>Keeps the loaded versions unless something was dropped since the load began.</summary>
    public void Set(string key, IReadOnlyList<SettingValue> values, long loadedAtGeneration)
    {
        if (Generation == loadedAtGeneration)
        {
            _byKey[key] = values;
        }
    }

    public void Invalidate(string key)
    {
        Interlocked.Increment(ref _generation);
        _byKey.TryRemove(key, out _);
    }

    public void Clear()
    {
        Interlocked.Increment(ref _generation);
        _byKey.Clear();
    }
}
