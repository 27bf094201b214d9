using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Consortium.Domain.CostSharing;
using Tsunagi.Platform.Metering;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Consortium.Features.CostSharing.Figures;

/// <summary>
/// Reads <c>usage_counters</c> of one member inside that member's tenant scope (row-level security shows an operator
/// only the consortium's own rows). Counts add up over the period; stored residents is the last reading in it.
/// </summary>
public sealed class MeteredUsageFigures(IServiceProvider services) : IUsageFigures
{
    public Task<MemberFigures> ForAsync(string municipalityCode, DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        services.InTenantScopeAsync(municipalityCode, TenantKind.Municipality, async sp =>
        {
            var rows = await sp.GetRequiredService<PlatformDbContext>().UsageCounters.AsNoTracking()
                .Where(c => c.Day >= from && c.Day <= to)
                .ToListAsync(cancellationToken);
            long Sum(UsageMetric metric) => rows.Where(r => r.Metric == metric).Sum(r => r.Value);
            var residents = rows.Where(r => r.Metric == UsageMetric.StoredResidents).OrderByDescending(r => r.Day).Select(r => r.Value).FirstOrDefault();
            return new MemberFigures(residents, Sum(UsageMetric.Notifications), Sum(UsageMetric.Certificates), Sum(UsageMetric.ApiCalls));
        });
}
