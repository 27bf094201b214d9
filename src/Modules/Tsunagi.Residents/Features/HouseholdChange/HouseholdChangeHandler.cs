using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Idempotency;
using Tsunagi.Platform.Messaging;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Contracts;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Notifications;

namespace Tsunagi.Residents.Features.HouseholdChange;

/// <summary>
/// 世帯変更届 (分離・合併・世帯主変更): each person changed gets a residency change with the new household and 続柄,
/// the households' versions move on, audited and announced in one transaction. A repeat with the same
/// idempotency key returns the first result and writes nothing; a form made from older versions is refused.
/// </summary>
public sealed class HouseholdChangeHandler(
    ResidentsDbContext db,
    UnitOfWork unitOfWork,
    IdempotencyStore idempotency,
    AuditTrail audit,
    Outbox outbox,
    ITenantContext tenant,
    NotificationContext context)
{
    public const string Operation = "residents.household-change";

    public Task<HouseholdChangeResult> HandleAsync(HouseholdChangeCommand command, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var requestHash = IdempotencyStore.HashOf(command);
        return unitOfWork.RunAsync(db, async ct =>
        {
            if (idempotencyKey is not null && await idempotency.FindAsync<HouseholdChangeResult>(idempotencyKey, Operation, requestHash, ct) is { } earlier)
            {
                return earlier;
            }

            var change = context.For(ChangeOrigin.Notification, command.EffectiveOn, command.NotifiedOn, idempotencyKey);
            var household = await db.Households.FirstOrDefaultAsync(h => h.Id == command.HouseholdId, ct) ?? throw new HouseholdNotFoundException();
            Check(household, command.HouseholdVersion, "householdId", "Field.Household");
            var other = command.OtherHouseholdId is { } otherId
                ? await LoadAsync(otherId, command.OtherHouseholdVersion ?? -1, "otherHouseholdId", "Field.OtherHousehold", ct)
                : null;
            var members = await RegisteredMembersAsync(household.Id, ct);
            var otherMembers = other is null ? [] : await RegisteredMembersAsync(other.Id, ct);
            var newHouseholdId = Guid.CreateVersion7(change.RecordedAt);
            var plan = HouseholdChangePlan.For(command, members, otherMembers, newHouseholdId);

            var kind = HouseholdChangeKinds.ChangeKindOf(command.Kind);
            var late = false;
            foreach (var planned in plan)
            {
                var record = planned.Resident.Record with { HouseholdId = planned.HouseholdId, Relationship = planned.Relationship };
                var entry = planned.Resident.Change(kind, record, change);
                db.ResidencyChanges.Add(entry);
                late |= entry.LateNotification;
                await audit.AppendAsync(new AuditEntry(Operation, "resident", planned.Resident.Id.ToString()), ct);
            }

            household.Touch();
            Guid? formed = null;
            if (plan.Any(p => p.HouseholdId == newHouseholdId))
            {
                db.Households.Add(new Household { TenantId = tenant.TenantId, Id = newHouseholdId, FormedOn = command.EffectiveOn });
                formed = newHouseholdId;
            }

            other?.End(command.EffectiveOn);
            var kindName = HouseholdChangeKinds.NameOf(command.Kind);
            // One event per household whose membership or head changed, the household acted on always first.
            foreach (var id in new[] { household.Id }.Concat(plan.Select(p => p.HouseholdId)).Distinct())
            {
                outbox.Add(new HouseholdChanged(id, kindName, [.. plan.Where(p => p.HouseholdId == id).Select(p => p.Resident.Id)], command.EffectiveOn));
            }

            var result = new HouseholdChangeResult(kindName, household.Id, formed, other?.Id, [.. plan.Select(p => p.Resident.Id)], late);
            if (idempotencyKey is not null)
            {
                idempotency.Record(idempotencyKey, Operation, requestHash, result);
            }

            return result;
        }, cancellationToken);
    }

    // The other household of a 合併 is typed on the form: an unknown one is a problem of that field.
    private async Task<Household> LoadAsync(Guid id, int version, string field, string label, CancellationToken cancellationToken)
    {
        var household = await db.Households.FirstOrDefaultAsync(h => h.Id == id, cancellationToken)
            ?? throw ResidentRuleException.Of(field, label, "Problem.HouseholdNotFound");
        return Check(household, version, field, label);
    }

    private static Household Check(Household household, int version, string field, string label)
    {
        household.EnsureVersion(version);
        return household.HasEnded ? throw ResidentRuleException.Of(field, label, "Problem.HouseholdEnded") : household;
    }

    private Task<List<Resident>> RegisteredMembersAsync(Guid householdId, CancellationToken cancellationToken) =>
        db.Residents.Where(r => r.HouseholdId == householdId && r.Status == ResidentStatus.Registered).OrderBy(r => r.Id).ToListAsync(cancellationToken);
}
