using System.Collections.Concurrent;

namespace Tsunagi.Platform.Settings;

/// <summary>
/// Every stored version of each setting key, kept in process after the first read and dropped when a value of that key
/// is written here. Another instance of the application learns of a change when its entry is invalidated
/// (<see cref="Invalidate"/> is also called by the outbox handler of <c>SettingChanged</c>), see ADR 0014.
/// </summary>
public sealed class SettingsCache
{
    private readonly ConcurrentDictionary<string, IReadOnlyList<SettingValue>> _byKey = new(StringComparer.Ordinal);

    public bool TryGet(string key, out IReadOnlyList<SettingValue> values) => _byKey.TryGetValue(key, out values!);

    public void Set(string key, IReadOnlyList<SettingValue> values) => _byKey[key] = values;

    public void Invalidate(string key) => _byKey.TryRemove(key, out _);

    public void Clear() => _byKey.Clear();
}
