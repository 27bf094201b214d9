using System.Text.Json;
using System.Text.Json.Nodes;
using Tsunagi.Platform.Settings.Validation;

namespace Tsunagi.Platform.Settings;

/// <summary>
/// A setting type declared by a module: its key (<c>certificates.fees</c>), the C# record its values take, its
/// default (the national value when nothing is stored) and its labels. Values are stored as JSON of that record,
/// checked on write against the record's JSON Schema (<see cref="Schema"/>) and the definition's extra rules.
/// </summary>
public abstract class SettingDefinition(string key, Type valueType, string labelJa, string labelEn)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    private JsonNode? _schema;

    public string Key { get; } = key;

    public Type ValueType { get; } = valueType;

    public string LabelJa { get; } = labelJa;

    public string LabelEn { get; } = labelEn;

    /// <summary>Labels of the record's properties by JSON name, for messages, the schema and the change form.</summary>
    public IReadOnlyList<SettingField> Fields { get; init; } = [];

    /// <summary>The default as JSON, used when no scope holds a value in force.</summary>
    public abstract string DefaultJson { get; }

    /// <summary>The JSON Schema generated from <see cref="ValueType"/> (see <see cref="SettingSchema"/>).</summary>
    public JsonNode Schema => _schema ??= SettingSchema.Generate(ValueType, LabelJa, Fields);

    public object? Deserialize(string json) => JsonSerializer.Deserialize(json, ValueType, Json);

    public string Serialize(object value) => JsonSerializer.Serialize(value, ValueType, Json);

    /// <summary>The problems the definition's own rules find in a value that already matches the schema.</summary>
    public abstract IEnumerable<SettingError> CheckRules(object value);

    /// <summary>The Japanese label of a property by its JSON name; the name itself when none was declared.</summary>
    public string FieldLabel(string name) => Fields.FirstOrDefault(f => f.Name == name)?.LabelJa ?? name;
}
