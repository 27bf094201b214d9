using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Auditing;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Features.ExOfficioRequests;
using Tsunagi.Residents.Notifications;
using Tsunagi.Residents.Viewing;

namespace Tsunagi.Residents.Features.ExOfficioApproval;

/// <summary>
/// Opens one request of this municipality for the person deciding it (audited as <c>residents.ex-officio.view</c>):
/// null for another town's id, and for a 除票 the viewer may not see.
/// </summary>
public sealed class ExOfficioRequestDetails(
    ResidentsDbContext db,
    ActorNames actorNames,
    AuditTrail audit,
    ViewerPermissions viewer,
    AddressRestrictions restrictions,
    NotificationContext context)
{
    public async Task<ExOfficioRequestView?> OpenAsync(Guid requestId, CancellationToken cancellationToken = default)
    {
        var request = await db.ExOfficioRequests.AsNoTracking().FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var resident = await db.Residents.AsNoTracking().FirstAsync(r => r.Id == request.ResidentId, cancellationToken);
        if (resident.IsRemoved && !viewer.MaySeeRemoved)
        {
            return null;
        }

        await audit.RecordAsync(new AuditEntry("residents.ex-officio.view", "resident", resident.Id.ToString()), cancellationToken);
        var madeFrom = await db.ResidencyChanges.AsNoTracking()
            .Where(c => c.ResidentId == resident.Id && c.Sequence == request.ResidentVersion)
            .Select(c => c.RecordJson)
            .FirstOrDefaultAsync(cancellationToken);
        var before = madeFrom is null ? resident.Record : JsonSerializer.Deserialize<ResidentRecord>(madeFrom, ResidencyChange.Json)!;
        var after = request.RecordJson is null ? null : JsonSerializer.Deserialize<ResidentRecord>(request.RecordJson, ResidencyChange.Json);
        var hidden = !viewer.MaySeeRestrictedAddresses
            && (await restrictions.RestrictedHouseholdsAsync([before.HouseholdId, resident.HouseholdId], cancellationToken)).Count > 0;
        var names = await actorNames.NamesAsync([request.RequestedBy, request.DecidedBy], cancellationToken);
        return new ExOfficioRequestView(
            ExOfficioRequestItem.Of(request, names),
            before,
            after,
            after is null ? [] : RecordComparison.ChangedItems(before, after),
            Stale: request.IsPending && resident.Version != request.ResidentVersion,
            PreparedByViewer: string.Equals(request.RequestedBy, context.ActorId, StringComparison.Ordinal),
            AddressHidden: hidden);
    }
}
