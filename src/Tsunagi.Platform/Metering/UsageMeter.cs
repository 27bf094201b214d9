using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Metering;

/// <summary>
/// <see cref="IUsageMeter"/> of one scope: adds to the shared <see cref="UsageBuffer"/> under the scope's tenant and
/// today's Tokyo date. Outside a tenant (anonymous pages, start-up) there is nobody to bill: the figure is dropped.
/// </summary>
public sealed class UsageMeter(ITenantContext tenant, UsageBuffer buffer, TimeProvider time) : IUsageMeter
{
    public void Record(UsageMetric metric, long amount = 1)
    {
        if (tenant.TenantIdOrNull is not { } tenantId || (amount == 0 && !metric.IsGauge()))
        {
            return;
        }

        buffer.Add(new UsageKey(tenantId, tenant.Kind, TokyoTime.Today(time), metric), amount);
    }
}
