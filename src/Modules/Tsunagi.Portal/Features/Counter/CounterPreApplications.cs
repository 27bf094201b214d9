using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Tsunagi.Counter.Contracts.PreApplications;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Portal.Data;
using Tsunagi.Portal.Domain;
using Tsunagi.Portal.Features.PreApplications;

namespace Tsunagi.Portal.Features.Counter;

/// <summary>
/// <see cref="IPreApplications"/> for the counter: the current tenant's open pre-application by reference (the EF tenant
/// filter and RLS make another town's reference unknown), read audited; taking it is a conditional update, so of two
/// clerks only one succeeds. Nothing here writes to the register.
/// </summary>
public sealed class CounterPreApplications(PortalDbContext db, PlatformDbContext platform, UnitOfWork unitOfWork, AuditTrail audit, TimeProvider time) : IPreApplications
{
    public const string ReadAction = "portal.pre-application.read-at-counter";
    public const string TakenAction = "portal.pre-application.taken";

    public async Task<PreApplicationForCounter?> FindAsync(string reference, CancellationToken cancellationToken = default)
    {
        if (!PreApplicationReference.TryParse(reference, out var canonical))
        {
            return null;
        }

        var found = await db.PreApplications.AsNoTracking().FirstOrDefaultAsync(p => p.Reference == canonical, cancellationToken);
        if (found is null || !found.IsOpenAt(time.GetUtcNow()))
        {
            return null;
        }

        await audit.RecordAsync(new AuditEntry(ReadAction, nameof(PreApplication), found.Id.ToString()), cancellationToken);
        return new PreApplicationForCounter(
            PreApplicationReference.Format(found.Reference),
            found.LifeEvent,
            found.SubmittedAt,
            found.ExpiresAt,
            found.LifeEvent == Tsunagi.Counter.Contracts.LifeEvent.MoveIn ? DraftJson.ReadMoveIn(found.DraftJson) : null,
            found.LifeEvent == Tsunagi.Counter.Contracts.LifeEvent.MoveOut ? DraftJson.ReadMoveOut(found.DraftJson) : null);
    }

    public async Task MarkTakenAsync(string reference, Guid caseId, CancellationToken cancellationToken = default)
    {
        if (!PreApplicationReference.TryParse(reference, out var canonical))
        {
            throw new PreApplicationUnavailableException();
        }

        if (platform.Database.CurrentTransaction is { } open)
        {
            // The caller's unit of work is open on the shared connection: take part in its transaction; its commit links the audit event.
            await db.Database.UseTransactionAsync(open.GetDbTransaction(), cancellationToken);
            try
            {
                await TakeAsync(canonical, caseId, cancellationToken);
            }
            finally
            {
                await db.Database.UseTransactionAsync(null, CancellationToken.None);
            }

            return;
        }

        await unitOfWork.RunAsync(db, async ct =>
        {
            await TakeAsync(canonical, caseId, ct);
            return true;
        }, cancellationToken);
    }

    private async Task TakeAsync(string canonical, Guid caseId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var found = await db.PreApplications.AsNoTracking().FirstOrDefaultAsync(p => p.Reference == canonical, cancellationToken);
        if (found is null || !found.IsOpenAt(now))
        {
            throw new PreApplicationUnavailableException();
        }

        var changed = await db.PreApplications
            .Where(p => p.Id == found.Id && p.Status == PreApplicationStatus.Submitted)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Status, PreApplicationStatus.Taken).SetProperty(p => p.TakenByCaseId, caseId).SetProperty(p => p.ClosedAt, now), cancellationToken);
        if (changed != 1)
        {
            throw new PreApplicationUnavailableException();
        }

        await audit.AppendAsync(new AuditEntry(TakenAction, nameof(PreApplication), found.Id.ToString(), Purpose: "case:" + caseId), cancellationToken);
    }
}
