using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Settings;

namespace Tsunagi.Web.Components.Settings;

/// <summary>
/// The change form generated from a setting's JSON Schema: one input per top-level property (text, number, date, yes/no,
/// lists of texts as one line per row, anything deeper as JSON), read back into the record's JSON for validation.
/// Inputs are named <c>f.{property}</c>.
/// </summary>
public static class SettingForm
{
    public const string Prefix = "f.";

    public static IReadOnlyList<SettingFormField> FieldsOf(SettingDefinition definition)
    {
        ArgumentNullException.ThrowIfNull(definition);
        if (definition.Schema["properties"] is not JsonObject properties)
        {
            return [];
        }

        return [.. properties.Select(p => new SettingFormField(p.Key, definition.FieldLabel(p.Key), KindOf(p.Value as JsonObject), Types(p.Value as JsonObject).Contains("null")))];
    }

    /// <summary>The text each input shows for a value (stored JSON).</summary>
    public static string Display(SettingFormField field, JsonNode? value)
    {
        ArgumentNullException.ThrowIfNull(field);
        return value switch
        {
            null => string.Empty,
            JsonArray lines when field.Kind == SettingFieldKind.Lines => string.Join('\n', lines.Select(l => l?.GetValue<string>() ?? string.Empty)),
            JsonValue v when v.GetValueKind() == JsonValueKind.String => v.GetValue<string>(),
            JsonValue v => v.ToJsonString(),
            _ => value.ToJsonString(SettingDefinition.Json),
        };
    }

    /// <summary>The posted inputs as the record's JSON; what cannot be read is kept as text so validation names the field.</summary>
    public static string Read(IReadOnlyList<SettingFormField> fields, Func<string, string?> posted)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(posted);
        var result = new JsonObject();
        foreach (var field in fields)
        {
            var text = posted(Prefix + field.Name);
            result[field.Name] = ValueOf(field, text);
        }

        return result.ToJsonString(SettingDefinition.Json);
    }

    private static JsonNode? ValueOf(SettingFormField field, string? text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        if (field.Kind == SettingFieldKind.Boolean)
        {
            return JsonValue.Create(string.Equals(trimmed, "true", StringComparison.Ordinal));
        }

        if (trimmed.Length == 0 && field.Nullable)
        {
            return null;
        }

        var digits = TypedDigits.Clean(trimmed) ?? trimmed;
        return field.Kind switch
        {
            SettingFieldKind.WholeNumber when long.TryParse(digits.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) => JsonValue.Create(n),
            SettingFieldKind.Number when decimal.TryParse(digits.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Number, CultureInfo.InvariantCulture, out var d) => JsonValue.Create(d),
            SettingFieldKind.Date when JapaneseEraDate.TryParse(trimmed, out var date, out _) => JsonValue.Create(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            SettingFieldKind.Lines => new JsonArray([.. trimmed.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Select(l => (JsonNode?)JsonValue.Create(l))]),
            SettingFieldKind.Json => ParseOrText(trimmed),
            _ => JsonValue.Create(text ?? string.Empty),
        };
    }

    private static JsonNode? ParseOrText(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }

    private static SettingFieldKind KindOf(JsonObject? schema)
    {
        var types = Types(schema);
        if (types.Contains("array"))
        {
            return Types(schema?["items"] as JsonObject) is ["string"] ? SettingFieldKind.Lines : SettingFieldKind.Json;
        }

        return types.FirstOrDefault(t => t != "null") switch
        {
            "integer" => SettingFieldKind.WholeNumber,
            "number" => SettingFieldKind.Number,
            "boolean" => SettingFieldKind.Boolean,
            "string" when schema?["format"]?.GetValue<string>() == "date" => SettingFieldKind.Date,
            "string" => SettingFieldKind.Text,
            _ => SettingFieldKind.Json,
        };
    }

    private static List<string> Types(JsonObject? schema) => schema?["type"] switch
    {
        JsonValue single => [single.GetValue<string>()],
        JsonArray many => [.. many.Select(t => t!.GetValue<string>())],
        _ => [],
    };
}
