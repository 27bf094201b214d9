using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Settings;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Tsunagi.Consortium.Features.LawRevisionPackages;

/// <summary>
/// Reads a package file (UTF-8 YAML; JSON is YAML too) and checks every entry against the declared setting types.
/// All problems are collected and reported together, in Japanese, naming the entry and the field.
/// </summary>
public sealed partial class LawPackageReader(SettingCatalog catalog)
{
    /// <summary>45 KiB: the confirmation step carries the file back as base64 in one form field (limit 64 KiB).</summary>
    public const int MaxBytes = 45 * 1024;

    public const int MaxEntries = 500;

    public const string Format = "tsunagi-law-package/1";

    private static readonly string[] TopFields = ["format", "id", "title", "legalBasis", "entries"];
    private static readonly string[] EntryFields = ["key", "scope", "effectiveFrom", "value"];

    // The value must read as the setting's record, no extra or missing members; its schema and rules are checked by LawPackageValueCheck.
    private static readonly JsonSerializerOptions Strict = new(SettingDefinition.Json)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        NumberHandling = JsonNumberHandling.Strict,
    };

    public LawPackage Read(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0)
        {
            throw new LawPackageRejectedException("パッケージファイル：ファイルを選択してください。");
        }

        if (bytes.Length > MaxBytes)
        {
            throw new LawPackageRejectedException("パッケージファイル：45KB以下のファイルを指定してください。");
        }

        var root = Parse(Decode(bytes));
        var problems = new List<string>();
        Unknown(root, TopFields, string.Empty, problems);
        if (Text(root, "format") != Format)
        {
            problems.Add($"format：「{Format}」を指定してください。");
        }

        var id = Text(root, "id");
        if (id is null || !PackageId().IsMatch(id))
        {
            problems.Add("id：パッケージIDを英数字と . _ - で100文字以内で指定してください。");
        }

        var title = Text(root, "title");
        if (string.IsNullOrWhiteSpace(title) || title.Length > 200)
        {
            problems.Add("title：表題を200文字以内で指定してください。");
        }

        var legalBasis = Text(root, "legalBasis");
        if (string.IsNullOrWhiteSpace(legalBasis) || legalBasis.Length > 1000)
        {
            problems.Add("legalBasis：法令上の根拠を1000文字以内で指定してください。");
        }

        var entries = ReadEntries(root["entries"], problems);
        if (problems.Count > 0)
        {
            throw new LawPackageRejectedException(problems);
        }

        return new LawPackage(id!, title!.Trim(), legalBasis!.Trim(), entries, Convert.ToHexStringLower(SHA256.HashData(bytes)), Convert.ToBase64String(bytes));
    }

    private List<LawPackageEntry> ReadEntries(JsonNode? node, List<string> problems)
    {
        var entries = new List<LawPackageEntry>();
        if (node is not JsonArray { Count: > 0 and <= MaxEntries } array)
        {
            problems.Add($"entries：設定値を1件以上{MaxEntries}件以内で指定してください。");
            return entries;
        }

        for (var i = 0; i < array.Count; i++)
        {
            var number = i + 1;
            if (array[i] is not JsonObject entry)
            {
                problems.Add($"項目{number}：key, scope, effectiveFrom, value を持つ形で指定してください。");
                continue;
            }

            Unknown(entry, EntryFields, $"項目{number} の ", problems);
            var setting = ReadSetting(entry, number, problems);
            var scope = ReadScope(entry, number, problems);
            var effectiveFrom = ReadDate(entry, number, problems);
            var value = setting is null ? null : ReadValue(setting, entry["value"], number, problems);
            if (setting is null || scope is null || effectiveFrom is null || value is null)
            {
                continue;
            }

            if (entries.FirstOrDefault(e => e.Setting.Key == setting.Key && e.Scope == scope && e.EffectiveFrom == effectiveFrom) is { } twin)
            {
                problems.Add($"項目{number}：項目{twin.Number} と設定・適用範囲・施行日が同じです。");
                continue;
            }

            entries.Add(new LawPackageEntry(number, setting, scope.Value, effectiveFrom.Value, value));
        }

        return entries;
    }

    private SettingDefinition? ReadSetting(JsonObject entry, int number, List<string> problems)
    {
        var key = Text(entry, "key");
        if (key is not null && catalog.Find(key) is { } setting)
        {
            return setting;
        }

        problems.Add(key is null ? $"項目{number} の key：設定のキーを指定してください。" : $"項目{number} の key：設定「{key}」はありません。");
        return null;
    }

    private static SettingScope? ReadScope(JsonObject entry, int number, List<string> problems)
    {
        var scope = Text(entry, "scope");
        if (scope is "national" or SettingScope.NationalId)
        {
            return SettingScope.National;
        }

        if (scope is { Length: 2 } && int.TryParse(scope, out var prefecture) && prefecture is >= 1 and <= 47 && scope.All(char.IsAsciiDigit))
        {
            return SettingScope.Prefecture(scope);
        }

        problems.Add($"項目{number} の scope：national（全国）または都道府県コード2桁（01〜47）を指定してください。");
        return null;
    }

    private static DateOnly? ReadDate(JsonObject entry, int number, List<string> problems)
    {
        if (JapaneseEraDate.TryParse(Text(entry, "effectiveFrom"), out var date, out _))
        {
            return date;
        }

        problems.Add($"項目{number} の effectiveFrom：施行日を 2027-04-01 または 令和9年4月1日 の形で指定してください。");
        return null;
    }

    private static string? ReadValue(SettingDefinition setting, JsonNode? node, int number, List<string> problems)
    {
        if (node is null)
        {
            problems.Add($"項目{number} の value：値を指定してください。");
            return null;
        }

        try
        {
            if (JsonSerializer.Deserialize(node.ToJsonString(), setting.ValueType, Strict) is { } value)
            {
                return setting.Serialize(value);
            }
        }
        catch (JsonException ex)
        {
            problems.Add($"項目{number} の value：設定「{setting.LabelJa}」（{setting.Key}）の形式に合いません（{ex.Path ?? "$"}）。");
            return null;
        }

        problems.Add($"項目{number} の value：値を指定してください。");
        return null;
    }

    private static string Decode(byte[] bytes)
    {
        try
        {
            return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException ex)
        {
            throw new LawPackageRejectedException("パッケージファイル：文字コード UTF-8 で保存してください。", ex);
        }
    }

    private static JsonObject Parse(string text)
    {
        try
        {
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents is not [{ RootNode: YamlMappingNode mapping }])
            {
                throw new LawPackageRejectedException("パッケージファイル：1つの YAML 文書（format, id, title, legalBasis, entries を持つもの）にしてください。");
            }

            return (JsonObject)YamlJson.ToJson(mapping)!;
        }
        catch (YamlException ex)
        {
            throw new LawPackageRejectedException($"パッケージファイル：YAML として読み取れません（{ex.Start.Line}行目 {ex.Start.Column}列目）。", ex);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner reports some malformed input this way, without a position.
            throw new LawPackageRejectedException("パッケージファイル：YAML として読み取れません。", ex);
        }
        catch (YamlJsonException ex)
        {
            throw new LawPackageRejectedException($"パッケージファイル：{ex.Message}（{ex.Line}行目 {ex.Column}列目）。", ex);
        }
    }

    private static void Unknown(JsonObject node, string[] known, string prefix, List<string> problems) =>
        problems.AddRange(node.Select(p => p.Key).Where(k => !known.Contains(k, StringComparer.Ordinal)).Select(k => $"{prefix}{k}：この項目名は使えません（{string.Join(", ", known)}）。"));

    private static string? Text(JsonObject node, string name) =>
        node[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    [GeneratedRegex(@"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$", RegexOptions.None, 1000)]
    private static partial Regex PackageId();
}
