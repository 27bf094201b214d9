using System.Text.Json;
using Tsunagi.Platform.Settings.Validation;

namespace Tsunagi.Platform.Settings;

/// <summary>
/// A typed setting declaration; declare one as a static field of the module and list it in its <see cref="ISettingSource"/>.
/// Rules the schema cannot say (a seal image's size, a date range) go in <see cref="Rules"/>: each returns the problems
/// it finds, by JSON path.
/// </summary>
public sealed class SettingDefinition<T>(string key, T defaultValue, string labelJa, string labelEn)
    : SettingDefinition(key, typeof(T), labelJa, labelEn)
    where T : notnull
{
    public T Default { get; } = defaultValue;

    public IReadOnlyList<Func<T, IEnumerable<SettingError>>> Rules { get; init; } = [];

    public override string DefaultJson => JsonSerializer.Serialize(Default, Json);

    public T Read(string json) => JsonSerializer.Deserialize<T>(json, Json) ?? Default;

    public override IEnumerable<SettingError> CheckRules(object value) =>
        value is T typed ? Rules.SelectMany(rule => rule(typed)) : [];
}
