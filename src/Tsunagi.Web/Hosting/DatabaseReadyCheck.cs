using Microsoft.Extensions.Diagnostics.HealthChecks;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Web.Hosting;

/// <summary>Ready when the database answers and no migration is pending.</summary>
public sealed class DatabaseReadyCheck(PlatformDbContext db, DatabaseMigrator migrator) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("database unreachable");
            }

            var pending = (await migrator.PendingMigrationsAsync(cancellationToken)).Count;
            return pending == 0
                ? HealthCheckResult.Healthy("database reachable and migrated")
                : HealthCheckResult.Unhealthy($"{pending} migration(s) pending");
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.Data.Common.DbException)
        {
            return HealthCheckResult.Unhealthy("database unreachable");
        }
    }
}
