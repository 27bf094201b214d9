using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Idempotency;
using Tsunagi.Platform.Messaging;
using Tsunagi.Platform.Persistence;
using Tsunagi.Residents.Contracts;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Input;
using Tsunagi.Residents.Notifications;

namespace Tsunagi.Residents.Features.RecordAmendment;

/// <summary>
/// 記載事項変更届: the changed items only, recorded as one residency change with its 異動日 and 届出日, audited and
/// announced (item names, never values) in one transaction. Idempotent with a key; stale forms are refused.
/// </summary>
public sealed class RecordAmendmentHandler(
    ResidentsDbContext db,
    UnitOfWork unitOfWork,
    IdempotencyStore idempotency,
    AuditTrail audit,
    Outbox outbox,
    NotificationContext context)
{
    public const string Operation = "residents.record-amendment";

    public Task<RecordAmendmentResult> HandleAsync(RecordAmendmentCommand command, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var requestHash = IdempotencyStore.HashOf(command);
        return unitOfWork.RunAsync(db, async ct =>
        {
            if (idempotencyKey is not null && await idempotency.FindAsync<RecordAmendmentResult>(idempotencyKey, Operation, requestHash, ct) is { } earlier)
            {
                return earlier;
            }

            var resident = await db.Residents.FirstOrDefaultAsync(r => r.Id == command.ResidentId, ct)
                ?? throw new ResidentNotFoundException();
            resident.EnsureVersion(command.Version);
            var (record, items) = ProblemPaths.Rename(() => RecordAmendments.Apply(resident.Record, command.Items), RecordItemPaths.Under("items."));
            var change = context.For(ChangeOrigin.Notification, command.EffectiveOn, command.NotifiedOn, idempotencyKey);
            db.ResidencyChanges.Add(resident.Change(ChangeKind.RecordAmendment, record, change));
            await audit.AppendAsync(new AuditEntry(Operation, "resident", resident.Id.ToString()), ct);
            outbox.Add(new ResidentRecordAmended(resident.Id, items, command.EffectiveOn, ExOfficio: false));
            var result = new RecordAmendmentResult(resident.Id, items);
            if (idempotencyKey is not null)
            {
                idempotency.Record(idempotencyKey, Operation, requestHash, result);
            }

            return result;
        }, cancellationToken);
    }
}
