using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Consortium.Features.Onboarding;

/// <summary>A municipality of the operator's own consortium, tracked for a change; another consortium's town is not found (404).</summary>
public sealed class MemberLookup(PlatformDbContext db, ITenantContext tenant)
{
    public async Task<Municipality?> FindAsync(string? code, CancellationToken cancellationToken = default)
    {
        if (tenant.Kind != TenantKind.Consortium || !LocalGovernmentCode.TryParse(code, out var parsed, out _))
        {
            return null;
        }

        var value = parsed.Value.Value;
        var consortiumId = tenant.TenantId;
        return await db.Municipalities.FirstOrDefaultAsync(m => m.Code == value && m.ConsortiumId == consortiumId, cancellationToken);
    }
}
