using Tsunagi.Consortium.Features.LegacyMigration;

namespace Tsunagi.Consortium.Features.MigrationScreen;

/// <summary>Where a tenant's background run stands, as the progress bar shows it. While validating, the total is the file's row count from the dry run.</summary>
public sealed record MigrationJobStatus(
    Guid UploadId,
    string FileName,
    int FileRows,
    MigrationJobState State,
    MigrationPhase Phase,
    int Done,
    int Total,
    int Households = 0,
    int Imported = 0,
    int AlreadyImported = 0,
    string? Failure = null)
{
    public bool IsActive => State is MigrationJobState.Queued or MigrationJobState.Running;

    /// <summary>0–100 of the current phase; 100 once completed.</summary>
    public int Percent => State == MigrationJobState.Completed ? 100 : Total <= 0 ? 0 : (int)Math.Min(100, Done * 100L / Total);
}
