namespace Tsunagi.Continuity.Operator;

/// <summary>What the operator screen says about the standby, from what the primary reports.</summary>
public enum ReplicationSummary
{
    /// <summary>At least one synchronous standby is in sync: an acknowledged commit is on both sites.</summary>
    InSync,

    /// <summary>Synchronous replication is required and no standby is in sync: commits wait (ADR 0010).</summary>
    NoneInSync,

    /// <summary>No synchronous standby is configured (asynchronous or standalone): a failover can lose acknowledged commits.</summary>
    NotConfigured,

    /// <summary>The application role may not see pg_stat_replication (grant pg_monitor).</summary>
    Hidden,

    /// <summary>The application is connected to a standby (read-only).</summary>
    ConnectedToStandby,
}
