using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Residents.Notifications;

/// <summary>The other active member towns of this municipality's consortium (destinations and sources of a consortium move).</summary>
public sealed class ConsortiumMunicipalities(PlatformDbContext db, ITenantContext tenant)
{
    public async Task<IReadOnlyList<Municipality>> OthersAsync(CancellationToken cancellationToken = default)
    {
        var self = await db.Municipalities.AsNoTracking().FirstOrDefaultAsync(m => m.Code == tenant.TenantId, cancellationToken);
        if (self is null)
        {
            return [];
        }

        return await db.Municipalities.AsNoTracking()
            .Where(m => m.ConsortiumId == self.ConsortiumId && m.Code != self.Code && m.Status == MunicipalityStatus.Active)
            .OrderBy(m => m.Code)
            .ToListAsync(cancellationToken);
    }
}
