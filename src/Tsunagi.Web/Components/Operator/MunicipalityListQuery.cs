using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Web.Components.Operator;

/// <summary>The municipalities of the operator's own consortium (the signed-in tenant is the consortium), by code.</summary>
public sealed class MunicipalityListQuery(PlatformDbContext db, ITenantContext tenant)
{
    public async Task<IReadOnlyList<Municipality>> RunAsync(CancellationToken cancellationToken = default)
    {
        if (tenant.Kind != TenantKind.Consortium)
        {
            return [];
        }

        var consortiumId = tenant.TenantId;
        return await db.Municipalities.AsNoTracking()
            .Where(m => m.ConsortiumId == consortiumId)
            .OrderBy(m => m.Code)
            .ToListAsync(cancellationToken);
    }
}
