using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Idempotency;
using Tsunagi.Platform.Messaging;
using Tsunagi.Platform.Persistence;
using Tsunagi.Residents.Contracts;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Notifications;

namespace Tsunagi.Residents.Features.Death;

/// <summary>死亡届: the person becomes a 除票 on the date of death; a deceased head's successor is recorded in the same transaction.</summary>
public sealed class DeathHandler(
    ResidentsDbContext db,
    UnitOfWork unitOfWork,
    IdempotencyStore idempotency,
    AuditTrail audit,
    Outbox outbox,
    NotificationContext context)
{
    public const string Operation = "residents.death";

    public Task<DeathResult> HandleAsync(DeathCommand command, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var requestHash = IdempotencyStore.HashOf(command);
        return unitOfWork.RunAsync(db, async ct =>
        {
            if (idempotencyKey is not null && await idempotency.FindAsync<DeathResult>(idempotencyKey, Operation, requestHash, ct) is { } earlier)
            {
                return earlier;
            }

            var household = await HouseholdMembers.LoadAsync(db, command.HouseholdId, ct);
            var deceased = household.Take(command.Deceased, "deceased", "Field.Deceased");
            var newHead = HeadSuccession.Choose(household, [deceased], command.NewHead);
            var change = context.For(ChangeOrigin.Notification, command.DiedOn, command.NotifiedOn, idempotencyKey);
            var entry = ProblemPaths.Rename(() => deceased.Remove(ChangeKind.Death, change), ("effectiveOn", "diedOn"));
            db.ResidencyChanges.Add(entry);
            await audit.AppendAsync(new AuditEntry(Operation, "resident", deceased.Id.ToString()), ct);
            outbox.Add(new ResidentDied(deceased.Id, household.Household.Id, command.DiedOn));
            if (newHead is not null)
            {
                db.ResidencyChanges.Add(HeadSuccession.Record(newHead, change));
                await audit.AppendAsync(new AuditEntry("residents.household-head-change", "resident", newHead.Id.ToString()), ct);
                outbox.Add(new HouseholdChanged(household.Household.Id, "head-change", [newHead.Id], command.DiedOn));
            }

            household.Household.Touch();
            var result = new DeathResult(household.Household.Id, deceased.Id, newHead?.Id, entry.LateNotification);
            if (idempotencyKey is not null)
            {
                idempotency.Record(idempotencyKey, Operation, requestHash, result);
            }

            return result;
        }, cancellationToken);
    }
}
