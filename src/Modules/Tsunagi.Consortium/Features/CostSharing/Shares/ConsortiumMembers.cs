using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Consortium.Features.CostSharing.Shares;

/// <summary>The active member municipalities of the operator's consortium, by code.</summary>
public sealed class ConsortiumMembers(PlatformDbContext db, ITenantContext tenant)
{
    public async Task<IReadOnlyList<string>> CodesAsync(CancellationToken cancellationToken = default)
    {
        var consortium = tenant.TenantId;
        return await db.Municipalities.AsNoTracking()
            .Where(m => m.ConsortiumId == consortium && m.Status == MunicipalityStatus.Active)
            .OrderBy(m => m.Code)
            .Select(m => m.Code)
            .ToListAsync(cancellationToken);
    }

    /// <summary>岩手県大槌町, from the national master list.</summary>
    public static string NameOf(string code) => LocalGovernmentMaster.Instance.Find(code)?.FullName ?? code;
}
