using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Consortium.Features.Usage;

/// <summary>The members of the operator's own consortium (the signed-in tenant), by code, each with its usage over a period.</summary>
public sealed class MemberUsageQuery(PlatformDbContext db, ITenantContext tenant, UsageTotals totals)
{
    public async Task<IReadOnlyList<Municipality>> MembersAsync(CancellationToken cancellationToken = default)
    {
        if (tenant.Kind != TenantKind.Consortium)
        {
            return [];
        }

        var consortiumId = tenant.TenantId;
        return await db.Municipalities.AsNoTracking().Where(m => m.ConsortiumId == consortiumId).OrderBy(m => m.Code).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<MemberUsage>> RunAsync(IEnumerable<Municipality> members, DateOnly from, DateOnly to, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(members);
        var rows = new List<MemberUsage>();
        foreach (var member in members)
        {
            rows.Add(new MemberUsage(member, await totals.ForAsync(member.Code, from, to, cancellationToken)));
        }

        return rows;
    }
}
