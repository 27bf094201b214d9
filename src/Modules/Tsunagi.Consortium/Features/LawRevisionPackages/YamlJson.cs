using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Tsunagi.Consortium.Features.LawRevisionPackages;

/// <summary>
/// Turns a YAML value into JSON by fixed rules (not YAML 1.1's guesses such as <c>no</c> → false): an unquoted scalar
/// that is a JSON number, <c>true</c>, <c>false</c> or <c>null</c>/<c>~</c> becomes that; every other scalar, and every
/// quoted one, is a string. Anchors and aliases are refused (a small file must not expand into a huge value).
/// </summary>
internal static partial class YamlJson
{
    public static JsonNode? ToJson(YamlNode node)
    {
        if (!node.Anchor.IsEmpty)
        {
            throw new YamlJsonException(node.Start, "アンカー・エイリアス（&, *）は使えません");
        }

        return node switch
        {
            YamlMappingNode mapping => ToObject(mapping),
            YamlSequenceNode sequence => new JsonArray([.. sequence.Children.Select(ToJson)]),
            YamlScalarNode { Style: ScalarStyle.Plain } plain => Plain(plain.Value ?? string.Empty),
            YamlScalarNode quoted => JsonValue.Create(quoted.Value ?? string.Empty),
            _ => throw new YamlJsonException(node.Start, "読み取れない値です"),
        };
    }

    private static JsonObject ToObject(YamlMappingNode mapping)
    {
        var result = new JsonObject();
        foreach (var (key, value) in mapping.Children)
        {
            if (key is not YamlScalarNode { Value: { Length: > 0 } name })
            {
                throw new YamlJsonException(key.Start, "項目名は文字列にしてください");
            }

            if (!result.TryAdd(name, ToJson(value)))
            {
                throw new YamlJsonException(key.Start, $"項目名「{name}」が重複しています");
            }
        }

        return result;
    }

    private static JsonValue? Plain(string text) => text switch
    {
        "" or "~" or "null" => null,
        "true" => JsonValue.Create(true),
        "false" => JsonValue.Create(false),
        _ when JsonNumber().IsMatch(text) && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole) => JsonValue.Create(whole),
        _ when JsonNumber().IsMatch(text) && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var fraction) => JsonValue.Create(fraction),
        _ => JsonValue.Create(text),
    };

    [GeneratedRegex(@"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$", RegexOptions.ExplicitCapture, 1000)]
    private static partial Regex JsonNumber();
}
