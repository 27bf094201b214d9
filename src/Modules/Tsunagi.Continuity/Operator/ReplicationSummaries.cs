using Tsunagi.Continuity.Replication;

namespace Tsunagi.Continuity.Operator;

public static class ReplicationSummaries
{
    public static ReplicationSummary Of(ReplicationState state) => state switch
    {
        { IsStandby: true } => ReplicationSummary.ConnectedToStandby,
        { SyncStandbys: null } => ReplicationSummary.Hidden,
        { SynchronousStandbyNames: null or "" } => ReplicationSummary.NotConfigured,
        { SyncStandbys: 0 } => ReplicationSummary.NoneInSync,
        _ => ReplicationSummary.InSync,
    };
}
