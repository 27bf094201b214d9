namespace Tsunagi.Platform.Health;

/// <summary>The continuity state for the operator dashboard; null where nothing is known (no backup yet, never verified).</summary>
public sealed record OperatorHealth(
    StandbyState Standby,
    DateTimeOffset? LastBackupAt,
    string? LastBackupLabel,
    DateTimeOffset? LastVerifiedAt,
    bool? LastVerificationPassed);
