using System.Text.Json;

namespace Tsunagi.Platform.Settings;

/// <summary>A typed setting declaration; declare one as a static field of the module and list it in its <see cref="ISettingSource"/>.</summary>
public sealed class SettingDefinition<T>(string key, T defaultValue, string labelJa, string labelEn)
    : SettingDefinition(key, typeof(T), labelJa, labelEn)
    where T : notnull
{
    public T Default { get; } = defaultValue;

    public override string DefaultJson => JsonSerializer.Serialize(Default, Json);

    public T Read(string json) => JsonSerializer.Deserialize<T>(json, Json) ?? Default;
}
