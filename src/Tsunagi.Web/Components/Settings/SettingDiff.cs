using System.Text.Json.Nodes;
using Tsunagi.Platform.Settings;

namespace Tsunagi.Web.Components.Settings;

/// <summary>The old and new value of each top-level property, labelled, for the diff old → new.</summary>
public static class SettingDiff
{
    public static IReadOnlyList<SettingDiffRow> Compare(SettingDefinition definition, string beforeJson, string afterJson)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var before = JsonNode.Parse(beforeJson) as JsonObject ?? [];
        var after = JsonNode.Parse(afterJson) as JsonObject ?? [];
        var fields = SettingForm.FieldsOf(definition);
        var names = fields.Select(f => f.Name).Concat(before.Select(p => p.Key)).Concat(after.Select(p => p.Key)).Distinct(StringComparer.Ordinal);
        return [.. names.Select(name =>
        {
            var field = fields.FirstOrDefault(f => f.Name == name) ?? new SettingFormField(name, definition.FieldLabel(name), SettingFieldKind.Json, true);
            return new SettingDiffRow(field.Label, Shown(field, before[name]), Shown(field, after[name]));
        })];
    }

    /// <summary>Long texts (a seal image) are shortened: the diff tells that they changed, not their bytes.</summary>
    private static string Shown(SettingFormField field, JsonNode? value)
    {
        var text = SettingForm.Display(field, value);
        return text.Length > 200
            ? $"{text[..40]}…（{text.Length:N0}文字・{Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..8]}）"
            : text;
    }
}
