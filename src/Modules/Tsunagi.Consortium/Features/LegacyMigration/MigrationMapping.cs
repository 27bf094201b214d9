using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tsunagi.Consortium.Features.LegacyMigration;

/// <summary>
/// How a legacy CSV maps onto the register: legacy column → field (<see cref="LegacyField"/>), the file's encoding, how
/// dates are written and the code tables for 性別 and 続柄. Read from JSON (format in docs/modules/consortium-migration.md).
/// </summary>
public sealed record MigrationMapping(
    LegacyEncoding Encoding,
    LegacyDateFormat DateFormat,
    IReadOnlyDictionary<string, string> Columns,
    IReadOnlyDictionary<string, string> Sex,
    IReadOnlyDictionary<string, string> Relationship,
    IReadOnlyList<string> Localities)
{
    public const int MaxBytes = 256 * 1024;

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };

    /// <summary>Reads and checks a mapping file; <see cref="MappingException"/> (Japanese) when it is not usable.</summary>
    public static MigrationMapping Parse(string json)
    {
        MappingFile? file;
        try
        {
            file = JsonSerializer.Deserialize<MappingFile>(json, Options);
        }
        catch (JsonException ex)
        {
            throw new MappingException($"対応表：JSON として読めません（{ex.LineNumber + 1}行目付近）。", ex);
        }

        if (file?.Columns is not { Count: > 0 } columns)
        {
            throw new MappingException("対応表：columns（旧システムの列名と項目の対応）がありません。");
        }

        var unknown = columns.Values.Where(v => !LegacyField.All.Contains(v, StringComparer.Ordinal)).ToList();
        if (unknown.Count > 0)
        {
            throw new MappingException($"対応表：項目名 {string.Join("、", unknown)} は使えません。使える項目は {string.Join("、", LegacyField.All)} です。");
        }

        var missing = LegacyField.Required.Where(f => !columns.ContainsValue(f)).ToList();
        if (missing.Count > 0)
        {
            throw new MappingException($"対応表：必須の項目 {string.Join("、", missing)} に対応する列がありません。");
        }

        var sex = file.Sex ?? new Dictionary<string, string>(StringComparer.Ordinal) { ["1"] = "male", ["2"] = "female", ["男"] = "male", ["女"] = "female" };
        if (sex.Values.Any(v => v is not ("male" or "female")))
        {
            throw new MappingException("対応表：sex の値は male か female で指定してください。");
        }

        return new MigrationMapping(
            file.Encoding ?? LegacyEncoding.Auto,
            file.DateFormat ?? LegacyDateFormat.Auto,
            columns,
            sex,
            file.Relationship ?? new Dictionary<string, string>(StringComparer.Ordinal),
            file.Localities ?? []);
    }

    private sealed record MappingFile(
        LegacyEncoding? Encoding,
        LegacyDateFormat? DateFormat,
        Dictionary<string, string>? Columns,
        Dictionary<string, string>? Sex,
        Dictionary<string, string>? Relationship,
        List<string>? Localities);
}
