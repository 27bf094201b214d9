using System.Collections.Frozen;

namespace Tsunagi.Platform.Settings;

/// <summary>Every setting type declared by the platform and the modules; a key declared twice stops the host.</summary>
public sealed class SettingCatalog
{
    private readonly FrozenDictionary<string, SettingDefinition> _byKey;

    public SettingCatalog(IEnumerable<ISettingSource> sources)
    {
        var all = sources.SelectMany(s => s.Settings).ToList();
        var duplicate = all.GroupBy(s => s.Key, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidOperationException($"Setting '{duplicate.Key}' is declared twice.");
        }

        _byKey = all.ToFrozenDictionary(s => s.Key, StringComparer.Ordinal);
    }

    public IEnumerable<SettingDefinition> All => _byKey.Values.OrderBy(s => s.Key, StringComparer.Ordinal);

    public SettingDefinition? Find(string key) => _byKey.GetValueOrDefault(key);
}
