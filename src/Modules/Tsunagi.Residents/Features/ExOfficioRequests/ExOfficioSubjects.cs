using Microsoft.EntityFrameworkCore;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Features.ResidentDetail;

namespace Tsunagi.Residents.Features.ExOfficioRequests;

/// <summary>Opens the person of a 職権 form through <see cref="ResidentDetails"/> (audit, 除票 and 支援措置 rules): null when not found.</summary>
public sealed class ExOfficioSubjects(ResidentDetails details, ResidentsDbContext db)
{
    public async Task<ExOfficioSubject?> OpenAsync(Guid residentId, CancellationToken cancellationToken = default)
    {
        var lookup = await details.OpenAsync(residentId, null, null, cancellationToken);
        if (lookup is null)
        {
            return null;
        }

        var version = await db.Residents.AsNoTracking().Where(r => r.Id == residentId).Select(r => r.Version).FirstAsync(cancellationToken);
        return new ExOfficioSubject(lookup, version);
    }
}
