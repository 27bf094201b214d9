using System.Text.Json;

namespace Tsunagi.Continuity.Export;

/// <summary>Checks an export before anything is loaded: its manifest's format and version, and every listed file's row count and SHA-256.</summary>
public static class ExportVerification
{
    public static async Task<ExportManifest> VerifyAsync(string directory, CancellationToken cancellationToken)
    {
        var path = Path.Combine(directory, ExportManifest.FileName);
        if (!File.Exists(path))
        {
            throw new ExportRefusedException($"{ExportManifest.FileName} がありません。 / {ExportManifest.FileName} is missing.");
        }

        ExportManifest manifest;
        try
        {
            manifest = JsonSerializer.Deserialize<ExportManifest>(await File.ReadAllTextAsync(path, cancellationToken), ExportJson.Options)
                ?? throw new ExportRefusedException("manifest.json が空です。 / manifest.json is empty.");
        }
        catch (JsonException error)
        {
            throw new ExportRefusedException("manifest.json が壊れています。 / manifest.json is damaged.", error);
        }

        if (manifest.Format != ExportManifest.FormatName || manifest.FormatVersion != ExportManifest.CurrentFormatVersion)
        {
            throw new ExportRefusedException($"対応していない形式です（{manifest.Format} 版 {manifest.FormatVersion}）。 / Unsupported format or version.");
        }

        foreach (var file in manifest.Files)
        {
            var data = Path.Combine(directory, Path.GetFileName(file.File));
            if (!File.Exists(data) || await TenantExporter.Sha256Async(data, cancellationToken) != file.Sha256)
            {
                throw new ExportRefusedException($"{file.File} のチェックサム（SHA-256）がマニフェストと一致しません。何も取り込んでいません。 / {file.File} does not match its SHA-256. Nothing was imported.");
            }

            long rows = 0;
            await foreach (var line in File.ReadLinesAsync(data, cancellationToken))
            {
                rows += line.Length > 0 ? 1 : 0;
            }

            if (rows != file.Rows)
            {
                throw new ExportRefusedException($"{file.File} の件数がマニフェストと一致しません。 / {file.File} row count differs from the manifest.");
            }
        }

        return manifest;
    }
}
