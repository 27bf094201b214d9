using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Idempotency;
using Tsunagi.Platform.Messaging;
using Tsunagi.Platform.Persistence;
using Tsunagi.Residents.Contracts;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Features.ExOfficioRequests;
using Tsunagi.Residents.Notifications;

namespace Tsunagi.Residents.Features.ExOfficioApproval;

/// <summary>
/// The second staff member's decision on a 職権修正・職権消除. Approving records the residency change (actor: who
/// prepared it; <c>ApprovedBy</c>: who approved) and announces it; rejecting needs a reason and changes nothing
/// in the register. Both are audited. The preparer cannot decide, and a request made stale by a later change of
/// the resident cannot be approved. A repeat with the same idempotency key returns the first decision.
/// </summary>
public sealed class ExOfficioApprovalHandler(
    ResidentsDbContext db,
    UnitOfWork unitOfWork,
    IdempotencyStore idempotency,
    AuditTrail audit,
    Outbox outbox,
    NotificationContext context)
{
    public const string ApproveOperation = "residents.ex-officio.approve";
    public const string RejectOperation = "residents.ex-officio.reject";

    public Task<ExOfficioDecision> ApproveAsync(Guid requestId, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        var requestHash = IdempotencyStore.HashOf(new { requestId });
        return unitOfWork.RunAsync(db, async ct =>
        {
            if (idempotencyKey is not null && await idempotency.FindAsync<ExOfficioDecision>(idempotencyKey, ApproveOperation, requestHash, ct) is { } earlier)
            {
                return earlier;
            }

            var request = await FindAsync(requestId, ct);
            var resident = await db.Residents.FirstAsync(r => r.Id == request.ResidentId, ct);
            var decided = context.For(ChangeOrigin.ExOfficio, request.EffectiveOn, context.Today, idempotencyKey, request.Reason);
            request.Approve(decided.ActorId, resident.Version, decided.RecordedAt);
            var change = decided with { ActorId = request.RequestedBy, ApprovedBy = decided.ActorId };
            if (request.Kind == ChangeKind.ExOfficioRemoval)
            {
                db.ResidencyChanges.Add(resident.Remove(ChangeKind.ExOfficioRemoval, change));
                if (await db.Households.FirstOrDefaultAsync(h => h.Id == resident.HouseholdId, ct) is { } household)
                {
                    household.Touch();
                }

                outbox.Add(new ResidentRemovedExOfficio(resident.Id, resident.HouseholdId, request.EffectiveOn));
            }
            else
            {
                var before = resident.Record;
                var record = JsonSerializer.Deserialize<ResidentRecord>(request.RecordJson!, ResidencyChange.Json)!;
                db.ResidencyChanges.Add(resident.Change(ChangeKind.ExOfficioCorrection, record, change));
                outbox.Add(new ResidentRecordAmended(resident.Id, RecordComparison.ChangedItems(before, record), request.EffectiveOn, ExOfficio: true));
            }

            await audit.AppendAsync(new AuditEntry(ApproveOperation, "resident", resident.Id.ToString()), ct);
            var result = new ExOfficioDecision(request.Id, resident.Id, Approved: true);
            if (idempotencyKey is not null)
            {
                idempotency.Record(idempotencyKey, ApproveOperation, requestHash, result);
            }

            return result;
        }, cancellationToken);
    }

    public Task<ExOfficioDecision> RejectAsync(Guid requestId, string? reason, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        var requestHash = IdempotencyStore.HashOf(new { requestId, reason });
        return unitOfWork.RunAsync(db, async ct =>
        {
            if (idempotencyKey is not null && await idempotency.FindAsync<ExOfficioDecision>(idempotencyKey, RejectOperation, requestHash, ct) is { } earlier)
            {
                return earlier;
            }

            var request = await FindAsync(requestId, ct);
            request.Reject(context.ActorId, reason, context.RecordedAt);
            await audit.AppendAsync(new AuditEntry(RejectOperation, "resident", request.ResidentId.ToString()), ct);
            var result = new ExOfficioDecision(request.Id, request.ResidentId, Approved: false);
            if (idempotencyKey is not null)
            {
                idempotency.Record(idempotencyKey, RejectOperation, requestHash, result);
            }

            return result;
        }, cancellationToken);
    }

    private async Task<ExOfficioRequest> FindAsync(Guid requestId, CancellationToken cancellationToken) =>
        await db.ExOfficioRequests.FirstOrDefaultAsync(r => r.Id == requestId, cancellationToken) ?? throw new ExOfficioNotFoundException();
}
