using System.Collections.Concurrent;
using System.Text.Json;
using NJsonSchema.Validation;
using Schema = NJsonSchema.JsonSchema;

namespace Tsunagi.Platform.Settings.Validation;

/// <summary>
/// Checks a proposed value before anything is stored: it must be JSON, match the definition's schema (validated by
/// NJsonSchema), read back as the record, and pass the definition's rules. Every problem is reported with the field
/// named in Japanese; the values themselves never appear in a message.
/// </summary>
public sealed class SettingValidator
{
    private readonly ConcurrentDictionary<string, Task<Schema>> _schemas = new(StringComparer.Ordinal);

    /// <summary>Throws <see cref="SettingValidationException"/> listing every problem; returns the value normalised to the record's JSON.</summary>
    public async Task<string> ValidateAsync(SettingDefinition definition, string json)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var errors = await CheckAsync(definition, json);
        if (errors.Count > 0)
        {
            throw new SettingValidationException(errors);
        }

        return definition.Serialize(definition.Deserialize(json)!);
    }

    public async Task<IReadOnlyList<SettingValidationError>> CheckAsync(SettingDefinition definition, string json)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var schema = await _schemas.GetOrAdd(definition.Key, _ => Schema.FromJsonAsync(definition.Schema.ToJsonString()));
        ICollection<ValidationError> found;
        try
        {
            found = schema.Validate(json ?? string.Empty);
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return [Message(definition, new SettingError(string.Empty, "値をJSONとして読み取れません。"))];
        }

        if (found.Count > 0)
        {
            return [.. Flatten(found).Select(e => Message(definition, SchemaProblems.Describe(e)))];
        }

        object? value;
        try
        {
            value = definition.Deserialize(json!);
        }
        catch (JsonException)
        {
            return [Message(definition, new SettingError(string.Empty, "値の形式が正しくありません。"))];
        }

        return value is null
            ? [Message(definition, new SettingError(string.Empty, "値を入力してください。"))]
            : [.. definition.CheckRules(value).Select(e => Message(definition, e))];
    }

    /// <summary>「認証文：…」, 「金額（2行目）：…」; the whole value is named by the setting's label.</summary>
    public static SettingValidationError Message(SettingDefinition definition, SettingError error)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(error);
        return new SettingValidationError(error.Path, $"{LabelFor(definition, error.Path)}：{error.Problem}");
    }

    private static string LabelFor(SettingDefinition definition, string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return definition.LabelJa;
        }

        var last = path.Split('.', '/').Last();
        var bracket = last.IndexOf('[', StringComparison.Ordinal);
        var name = bracket >= 0 ? last[..bracket] : last;
        var label = string.IsNullOrEmpty(name) ? definition.LabelJa : definition.FieldLabel(name);
        var row = RowOf(path);
        return row is null ? label : $"{label}（{row}行目）";
    }

    private static int? RowOf(string path)
    {
        var open = path.LastIndexOf('[');
        var close = open < 0 ? -1 : path.IndexOf(']', open);
        return close > open && int.TryParse(path.AsSpan(open + 1, close - open - 1), System.Globalization.CultureInfo.InvariantCulture, out var index) ? index + 1 : null;
    }

    private static IEnumerable<ValidationError> Flatten(IEnumerable<ValidationError> errors) =>
        errors.SelectMany(e => e is ChildSchemaValidationError child && child.Errors.Count > 0
            ? Flatten(child.Errors.SelectMany(c => c.Value))
            : [e]);
}
