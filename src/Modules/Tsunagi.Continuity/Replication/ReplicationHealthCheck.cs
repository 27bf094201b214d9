using Microsoft.Extensions.Diagnostics.HealthChecks;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Continuity.Replication;

/// <summary>
/// /health/ready on PostgreSQL: Degraded when synchronous replication is required but no standby is in sync
/// (writes then wait: ADR 0009) or WAL archiving has failed; Unhealthy on a standby (read-only). SQLite: not applicable.
/// </summary>
public sealed class ReplicationHealthCheck(DatabaseSettings settings, ReplicationStateReader reader) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (settings.Provider != DatabaseProvider.Postgres)
        {
            return HealthCheckResult.Healthy("embedded (SQLite): no replication; loss window is the backup interval");
        }

        try
        {
            var state = await reader.ReadAsync(cancellationToken);
            if (state.IsStandby)
            {
                return HealthCheckResult.Unhealthy("connected to a standby (read-only)");
            }

            var problems = new List<string>();
            if (!string.IsNullOrEmpty(state.SynchronousStandbyNames) && state.SyncStandbys == 0)
            {
                problems.Add("no synchronous standby in sync: commits wait");
            }

            if (state.SyncStandbys is null)
            {
                problems.Add("replication state not visible: grant pg_monitor to the application role");
            }

            if (state.ArchiveFailures > 0)
            {
                problems.Add($"WAL archiving failed {state.ArchiveFailures} time(s), last at {state.LastArchiveFailure:O}");
            }

            var data = new Dictionary<string, object>(StringComparer.Ordinal)
            {
                ["syncStandbys"] = state.SyncStandbys ?? -1,
                ["standbys"] = state.Standbys ?? -1,
                ["archiveFailures"] = state.ArchiveFailures,
            };
            return problems.Count == 0
                ? HealthCheckResult.Healthy($"{state.SyncStandbys} synchronous standby in sync", data)
                : HealthCheckResult.Degraded(string.Join("; ", problems), data: data);
        }
        catch (System.Data.Common.DbException)
        {
            return HealthCheckResult.Unhealthy("replication state unavailable");
        }
    }
}
