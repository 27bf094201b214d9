using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Metering;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Consortium.Features.Usage;

/// <summary>
/// Usage of a member municipality, for the operator screens and cost sharing's 利用割. The operator's scope belongs to
/// the consortium, and usage rows to each municipality (row-level security on PostgreSQL), so each member is read in
/// its own tenant scope, and only a member of the caller's consortium (or the caller's own municipality) at all.
/// </summary>
public sealed class UsageTotals(IServiceProvider services, PlatformDbContext db, ITenantContext tenant)
{
    /// <summary>Counts summed and gauges at their peak over <paramref name="from"/>..<paramref name="to"/> (both included).</summary>
    public async Task<UsageFigures> ForAsync(string municipalityCode, DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        UsageFigures.Of(await CountersAsync(municipalityCode, from, to, cancellationToken));

    /// <summary>A fiscal year (年度: 4月1日 to 3月31日), as cost sharing bills it.</summary>
    public Task<UsageFigures> ForFiscalYearAsync(string municipalityCode, int fiscalYear, CancellationToken cancellationToken = default) =>
        ForAsync(municipalityCode, new DateOnly(fiscalYear, 4, 1), new DateOnly(fiscalYear + 1, 3, 31), cancellationToken);

    /// <summary>Day by day, oldest first; days without any figure are left out.</summary>
    public async Task<IReadOnlyList<(DateOnly Day, UsageFigures Figures)>> DaysAsync(string municipalityCode, DateOnly from, DateOnly to, CancellationToken cancellationToken = default) =>
        [.. (await CountersAsync(municipalityCode, from, to, cancellationToken)).GroupBy(c => c.Day).OrderBy(g => g.Key).Select(g => (g.Key, UsageFigures.Of(g)))];

    /// <summary>Whether the caller may see this municipality's usage: a member of its consortium, or itself.</summary>
    public async Task<bool> IsVisibleAsync(string municipalityCode, CancellationToken cancellationToken = default)
    {
        if (tenant.Kind == TenantKind.Municipality)
        {
            return string.Equals(tenant.TenantId, municipalityCode, StringComparison.Ordinal);
        }

        var consortiumId = tenant.TenantId;
        return await db.Municipalities.AsNoTracking().AnyAsync(m => m.Code == municipalityCode && m.ConsortiumId == consortiumId, cancellationToken);
    }

    private async Task<List<UsageCounter>> CountersAsync(string municipalityCode, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        if (!await IsVisibleAsync(municipalityCode, cancellationToken))
        {
            throw new UsageNotVisibleException();
        }

        return await services.InTenantScopeAsync(municipalityCode, TenantKind.Municipality, sp =>
            sp.GetRequiredService<PlatformDbContext>().UsageCounters.AsNoTracking()
                .Where(c => c.Day >= from && c.Day <= to)
                .ToListAsync(cancellationToken));
    }
}
