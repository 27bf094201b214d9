namespace Tsunagi.Continuity.Verification;

/// <summary>
/// Row counts per table and tenant taken on the PostgreSQL primary right after a pgBackRest backup (deploy/pgbackrest/backup.sh),
/// in one transaction holding SHARE locks on every tenant table, so they are exactly the state at that transaction's commit.
/// verify-backup restores the backup up to <see cref="TransactionId"/> and compares (ADR 0011).
/// </summary>
public sealed class BackupCountSnapshot
{
    public Guid Id { get; init; }

    public required string BackupLabel { get; init; }

    public DateTimeOffset TakenAt { get; init; }

    /// <summary>The 32-bit id of the transaction that wrote this row: the recovery target (inclusive).</summary>
    public long TransactionId { get; init; }

    /// <summary>JSON array of <see cref="TableCount"/> objects (<c>table</c>, <c>tenant</c>, <c>rows</c>).</summary>
    public required string Counts { get; init; }
}
