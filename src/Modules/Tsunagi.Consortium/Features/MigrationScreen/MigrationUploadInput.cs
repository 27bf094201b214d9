using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;
using Tsunagi.Consortium.Features.LegacyMigration;
using Tsunagi.Consortium.Resources;

namespace Tsunagi.Consortium.Features.MigrationScreen;

/// <summary>The upload form as posted: the legacy file, the encoding chosen, the mapping (a file or the standard one), and what is wrong with them (by field id).</summary>
public sealed record MigrationUploadInput(IFormFile? File, string FileName, LegacyEncoding Encoding, bool StandardMapping, string MappingJson, IReadOnlyDictionary<string, string> Errors)
{
    public const string FileField = "legacy-file";
    public const string EncodingField = "encoding";
    public const string MappingField = "mapping-file";

    public static async Task<MigrationUploadInput> ReadAsync(HttpRequest request, IStringLocalizer<ConsortiumResource> text)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(text);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var form = request.HasFormContentType ? await request.ReadFormAsync() : FormCollection.Empty;
        var file = form.Files.GetFile("LegacyFile");
        if (file is not { Length: > 0 })
        {
            errors[FileField] = text["Migration.Screen.Error.FileMissing"];
        }
        else if (file.Length > LegacyMigrationService.MaxFileBytes)
        {
            errors[FileField] = string.Format(CultureInfo.CurrentCulture, text["Migration.Screen.Error.FileTooLarge"], LegacyMigrationService.MaxFileBytes / 1024 / 1024);
        }

        LegacyEncoding? encoding = form["Encoding"].ToString() switch
        {
            "" or "auto" => LegacyEncoding.Auto,
            "utf8" => LegacyEncoding.Utf8,
            "shift-jis" => LegacyEncoding.ShiftJis,
            _ => null,
        };
        if (encoding is null)
        {
            errors[EncodingField] = text["Migration.Screen.Error.Encoding"];
        }

        var standard = form["UseStandardMapping"] == "true";
        var mapping = standard ? MigrationScreen.StandardMapping.Json : await MappingAsync(form.Files.GetFile("MappingFile"), text, errors);
        var name = Path.GetFileName(file?.FileName ?? string.Empty);
        return new MigrationUploadInput(file, name.Length is > 0 and <= 200 ? name : "legacy.csv", encoding ?? LegacyEncoding.Auto, standard, mapping, errors);
    }

    private static async Task<string> MappingAsync(IFormFile? file, IStringLocalizer<ConsortiumResource> text, Dictionary<string, string> errors)
    {
        if (file is not { Length: > 0 })
        {
            errors[MappingField] = text["Migration.Screen.Error.MappingMissing"];
            return string.Empty;
        }

        if (file.Length > MigrationMapping.MaxBytes)
        {
            errors[MappingField] = string.Format(CultureInfo.CurrentCulture, text["Migration.Screen.Error.MappingTooLarge"], MigrationMapping.MaxBytes / 1024);
            return string.Empty;
        }

        await using var stream = file.OpenReadStream();
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true));
        try
        {
            return await reader.ReadToEndAsync();
        }
        catch (DecoderFallbackException)
        {
            errors[MappingField] = text["Migration.Screen.Error.MappingNotUtf8"];
            return string.Empty;
        }
    }
}
