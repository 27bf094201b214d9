using Tsunagi.Continuity.Verification;

namespace Tsunagi.Continuity.Embedded;

/// <summary>
/// The sidecar <c>&lt;copy&gt;.json</c> written after a copy passed its checks. <see cref="Sha256"/> is of the stored file (as
/// encrypted, if it is); <see cref="DatabaseSha256"/> of the plain database; <see cref="RowCounts"/> the rows per tenant table in the copy as taken (verify-backup compares them). A copy
/// without its manifest is not a backup.
/// </summary>
public sealed record BackupManifest(
    int FormatVersion,
    string FileName,
    DateTimeOffset CreatedAt,
    long SizeBytes,
    string Sha256,
    string DatabaseSha256,
    BackupEncryption Encryption,
    string IntegrityCheck,
    double DurationSeconds,
    IReadOnlyList<TableCount>? RowCounts = null)
{
    public const int CurrentFormatVersion = 1;

    public const string Suffix = ".json";

    /// <summary>Two manifests are the same when every field is, the row counts compared item by item (a manifest read back from its file must equal the one written).</summary>
    public bool Equals(BackupManifest? other) =>
        other is not null
        && FormatVersion == other.FormatVersion && FileName == other.FileName && CreatedAt == other.CreatedAt
        && SizeBytes == other.SizeBytes && Sha256 == other.Sha256 && DatabaseSha256 == other.DatabaseSha256
        && Encryption == other.Encryption && IntegrityCheck == other.IntegrityCheck && DurationSeconds.Equals(other.DurationSeconds)
        && (RowCounts ?? []).SequenceEqual(other.RowCounts ?? []);

    public override int GetHashCode() => HashCode.Combine(FileName, Sha256, CreatedAt);
}
