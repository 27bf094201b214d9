using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Consortium.Features.LegacyMigration;

/// <summary>
/// One real run of a legacy file in a municipality, found again by the file's SHA-256: staging writes its rows in
/// chunks and moves <see cref="RowsStaged"/> (the checkpoint) forward, so an interrupted run continues where it
/// stopped; the move into the register is one transaction that marks it <see cref="LegacyMigrationRunStatus.Imported"/>.
/// </summary>
public sealed class LegacyMigrationRun : ITenantOwned
{
    public string TenantId { get; set; } = string.Empty;

    public Guid Id { get; init; }

    public string FileSha256 { get; init; } = string.Empty;

    public string FileName { get; init; } = string.Empty;

    public LegacyMigrationRunStatus Status { get; set; }

    /// <summary>Rows of the file handled by staging (in file order); staging resumes after this record number.</summary>
    public int RowsStaged { get; set; }

    public int Households { get; set; }

    public int Imported { get; set; }

    public int AlreadyImported { get; set; }

    public string StartedBy { get; init; } = string.Empty;

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? FinishedAt { get; set; }
}
