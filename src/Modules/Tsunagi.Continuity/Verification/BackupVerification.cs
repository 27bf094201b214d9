namespace Tsunagi.Continuity.Verification;

/// <summary>
/// One restore verification of a backup (a row of backup_verifications): which copy, when, and whether it held. Consortium-level
/// operations data, not a municipality's: <see cref="Findings"/> names tables, tenant codes, counts and audit sequence numbers,
/// never personal data.
/// </summary>
public sealed class BackupVerification
{
    public Guid Id { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset FinishedAt { get; init; }

    /// <summary>"sqlite" or "postgres".</summary>
    public required string Provider { get; init; }

    /// <summary>The embedded copy's file name or the pgBackRest backup label; empty when no backup was found.</summary>
    public required string BackupLabel { get; init; }

    public DateTimeOffset? BackupTakenAt { get; init; }

    public bool Passed { get; init; }

    /// <summary>"cli" or "schedule".</summary>
    public required string Trigger { get; init; }

    public int TablesCompared { get; init; }

    public int TenantsVerified { get; init; }

    public double DurationSeconds { get; init; }

    /// <summary>One finding per line (mismatches, broken chains, migrations), Japanese / English; empty when it passed.</summary>
    public required string Findings { get; init; }
}
