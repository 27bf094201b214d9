using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tsunagi.Continuity.Embedded;

/// <summary>The copies in a backup directory, known by their manifests, newest first.</summary>
public static class BackupCatalog
{
    public static readonly JsonSerializerOptions Json = new() { WriteIndented = true, Converters = { new JsonStringEnumConverter() } };

    public static IReadOnlyList<BackupManifest> List(string directory)
    {
        if (!Directory.Exists(directory))
        {
            return [];
        }

        var manifests = new List<BackupManifest>();
        foreach (var path in Directory.EnumerateFiles(directory, SqliteBackup.Prefix + "*" + BackupManifest.Suffix))
        {
            try
            {
                if (JsonSerializer.Deserialize<BackupManifest>(File.ReadAllText(path), Json) is { } manifest)
                {
                    manifests.Add(manifest);
                }
            }
            catch (JsonException)
            {
                // A damaged manifest makes its copy unusable; restore reports it when asked for that copy.
            }
        }

        return [.. manifests.OrderByDescending(m => m.CreatedAt)];
    }

    public static BackupManifest? Latest(string? directory) => directory is not null && List(directory) is [var newest, ..] ? newest : null;

    /// <summary>Keeps the newest <paramref name="keep"/> copies; removes older copies with their manifests.</summary>
    public static void Rotate(string directory, int keep)
    {
        foreach (var old in List(directory).Skip(keep))
        {
            File.Delete(Path.Combine(directory, old.FileName));
            File.Delete(Path.Combine(directory, old.FileName + BackupManifest.Suffix));
        }
    }

    public static BackupManifest ReadFor(string copyPath)
    {
        var path = copyPath + BackupManifest.Suffix;
        if (!File.Exists(path))
        {
            throw new BackupRefusedException($"マニフェスト（{Path.GetFileName(path)}）がありません。検証できないコピーからは復元しません。 / The copy has no manifest; it cannot be verified.");
        }

        try
        {
            return JsonSerializer.Deserialize<BackupManifest>(File.ReadAllText(path), Json)
                ?? throw new BackupRefusedException("マニフェストが空です。 / The manifest is empty.");
        }
        catch (JsonException error)
        {
            throw new BackupRefusedException("マニフェストが壊れています。 / The manifest is damaged.", error);
        }
    }
}
