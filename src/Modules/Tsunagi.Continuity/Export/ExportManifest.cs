namespace Tsunagi.Continuity.Export;

/// <summary>
/// <c>manifest.json</c> of a tenant export (format documented in docs/modules/continuity.md). <see cref="Schema"/> names the last
/// migration of each context, so an import refuses a deployment on another schema; <see cref="MasterKeyFingerprint"/> tells whether
/// the target can unwrap the exported tenant data keys.
/// </summary>
public sealed record ExportManifest(
    string Format,
    int FormatVersion,
    string Municipality,
    DateTimeOffset ExportedAt,
    IReadOnlyDictionary<string, string> Schema,
    string MasterKeyFingerprint,
    IReadOnlyList<ExportFile> Files)
{
    public const string FormatName = "tsunagi-tenant-export";

    public const int CurrentFormatVersion = 1;

    public const string FileName = "manifest.json";
}
