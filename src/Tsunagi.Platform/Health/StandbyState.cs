namespace Tsunagi.Platform.Health;

/// <summary>The standby as the operator should read it; details are on /operator/continuity.</summary>
public enum StandbyState
{
    /// <summary>Unreadable (database unreachable, or the role may not see replication).</summary>
    Unknown,

    /// <summary>Embedded SQLite: no standby by design; copies are the backup.</summary>
    NotApplicable,

    /// <summary>A synchronous standby is in sync.</summary>
    InSync,

    /// <summary>Replication is configured but no standby is in sync, or none is configured: a failover could lose commits.</summary>
    AtRisk,
}
