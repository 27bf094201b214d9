using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Auditing;
using Tsunagi.Residents.Contracts;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Features.DisclosureRestrictions;

/// <summary>
/// Answers other modules before they issue anything about a resident: blocked while a 支援措置 restricting
/// certificates is in force, unless the requester is the protected person. Every check is audited.
/// </summary>
public sealed class DisclosureRestrictionCheck(ResidentsDbContext db, AuditTrail audit) : IDisclosureRestrictionCheck
{
    public async Task<bool> IsIssuanceBlockedAsync(Guid residentId, Guid? requesterResidentId, DateOnly on, CancellationToken cancellationToken = default)
    {
        var restrictions = await db.DisclosureRestrictions.AsNoTracking()
            .Where(r => r.ResidentId == residentId && r.StartsOn <= on && on <= r.EndsOn)
            .ToListAsync(cancellationToken);
        var restricted = restrictions.Exists(r => r.IsActiveOn(on) && r.Scope.HasFlag(RestrictionScope.Certificates));
        var blocked = restricted && requesterResidentId != residentId;
        await audit.RecordAsync(
            new AuditEntry("residents.restriction.check", "resident", residentId.ToString(), blocked ? AuditOutcome.Denied : AuditOutcome.Succeeded),
            cancellationToken);
        return blocked;
    }
}
