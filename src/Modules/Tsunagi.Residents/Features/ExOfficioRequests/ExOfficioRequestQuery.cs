using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Auditing;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Features.ExOfficioRequests;

/// <summary>Pages of this municipality's 職権 requests of one status, newest first (ids are time-ordered version 7 uuids).</summary>
public sealed class ExOfficioRequestQuery(ResidentsDbContext db, ActorNames actorNames, AuditTrail audit)
{
    public const int PageSize = 50;

    public async Task<ExOfficioRequestList> ListAsync(ExOfficioRequestStatus status, int requestedPage, CancellationToken cancellationToken = default)
    {
        var query = db.ExOfficioRequests.AsNoTracking().Where(r => r.Status == status);
        var total = await query.CountAsync(cancellationToken);
        var page = Math.Clamp(requestedPage, 1, Math.Max(1, (total + PageSize - 1) / PageSize));
        var requests = await query.OrderByDescending(r => r.Id).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var names = await actorNames.NamesAsync(requests.SelectMany(r => new[] { r.RequestedBy, r.DecidedBy }), cancellationToken);
        // The list names staff members (employees' personal data): recorded like any other read.
        await audit.RecordAsync(new AuditEntry("residents.ex-officio.list", "ex-officio-request", $"{ExOfficioStatuses.NameOf(status)}-page-{page}"), cancellationToken);
        return new ExOfficioRequestList([.. requests.Select(r => ExOfficioRequestItem.Of(r, names))], page, PageSize, total);
    }
}
