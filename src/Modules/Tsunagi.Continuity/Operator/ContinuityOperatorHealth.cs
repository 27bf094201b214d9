using Tsunagi.Platform.Health;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Continuity.Operator;

/// <summary>The operator dashboard's health section, from the same reader as /operator/continuity.</summary>
public sealed class ContinuityOperatorHealth(ContinuityStatusReader reader) : IOperatorHealthSource
{
    public async Task<OperatorHealth> ReadAsync(CancellationToken cancellationToken = default)
    {
        var status = await reader.ReadAsync(cancellationToken);
        var standby = status switch
        {
            { Provider: DatabaseProvider.Sqlite } => StandbyState.NotApplicable,
            { Replication: null } => StandbyState.Unknown,
            { Replication: { } replication } => ReplicationSummaries.Of(replication) switch
            {
                ReplicationSummary.InSync => StandbyState.InSync,
                ReplicationSummary.Hidden => StandbyState.Unknown,
                _ => StandbyState.AtRisk,
            },
        };
        return new OperatorHealth(standby, status.LastBackupAt, status.LastBackupLabel, status.LastVerification?.FinishedAt, status.LastVerification?.Passed);
    }
}
