using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Metering;

/// <summary>
/// Writes the current tenant's figures: counts are added to the stored value, gauges replace it. One upsert per
/// figure, the same SQL on SQLite and PostgreSQL; on PostgreSQL row-level security checks the tenant of each row.
/// </summary>
public sealed class UsageCounterStore(PlatformDbContext db, ITenantContext tenant)
{
    public async Task WriteAsync(IEnumerable<(DateOnly Day, UsageMetric Metric, long Value)> figures, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var tenantId = tenant.TenantId;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var (day, metric, value) in figures)
        {
            var name = metric.ToString();
            _ = metric.IsGauge()
                ? await db.Database.ExecuteSqlAsync(
                    $"insert into usage_counters (tenant_id, day, metric, value) values ({tenantId}, {day}, {name}, {value}) on conflict (tenant_id, day, metric) do update set value = excluded.value",
                    cancellationToken)
                : await db.Database.ExecuteSqlAsync(
                    $"insert into usage_counters (tenant_id, day, metric, value) values ({tenantId}, {day}, {name}, {value}) on conflict (tenant_id, day, metric) do update set value = usage_counters.value + excluded.value",
                    cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
