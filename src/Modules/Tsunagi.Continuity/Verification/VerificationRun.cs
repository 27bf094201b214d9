namespace Tsunagi.Continuity.Verification;

/// <summary>What one verifier found for one backup, before it is stored.</summary>
public sealed record VerificationRun(string BackupLabel, DateTimeOffset? BackupTakenAt, CopyCheckResult Result)
{
    public static VerificationRun NoBackup(string reason) => new(string.Empty, null, new CopyCheckResult([new VerificationFinding(true, reason)], 0, 0));
}
