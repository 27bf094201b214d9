using System.Text.Json;

namespace Tsunagi.Platform.Settings;

/// <summary>
/// A setting type declared by a module: its key (<c>certificates.fees</c>), the C# record its values take, its
/// default (the national value when nothing is stored) and its labels. Values are stored as JSON of that record.
/// </summary>
public abstract class SettingDefinition(string key, Type valueType, string labelJa, string labelEn)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    public string Key { get; } = key;

    public Type ValueType { get; } = valueType;

    public string LabelJa { get; } = labelJa;

    public string LabelEn { get; } = labelEn;

    /// <summary>The default as JSON, used when no scope holds a value in force.</summary>
    public abstract string DefaultJson { get; }

    public object? Deserialize(string json) => JsonSerializer.Deserialize(json, ValueType, Json);

    public string Serialize(object value) => JsonSerializer.Serialize(value, ValueType, Json);
}
