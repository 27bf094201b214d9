using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Idempotency;
using Tsunagi.Platform.Messaging;
using Tsunagi.Platform.Persistence;
using Tsunagi.Residents.Contracts;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Notifications;

namespace Tsunagi.Residents.Features.Relocation;

/// <summary>転居届: the whole household's address changes (住所を定めた日 = 異動日), audited and announced in one transaction.</summary>
public sealed class RelocationHandler(
    ResidentsDbContext db,
    UnitOfWork unitOfWork,
    IdempotencyStore idempotency,
    AuditTrail audit,
    Outbox outbox,
    NotificationContext context)
{
    public const string Operation = "residents.relocation";

    public Task<RelocationResult> HandleAsync(RelocationCommand command, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var requestHash = IdempotencyStore.HashOf(command);
        return unitOfWork.RunAsync(db, async ct =>
        {
            if (idempotencyKey is not null && await idempotency.FindAsync<RelocationResult>(idempotencyKey, Operation, requestHash, ct) is { } earlier)
            {
                return earlier;
            }

            var household = await HouseholdMembers.LoadAsync(db, command.HouseholdId, ct);
            var moving = command.Members.Select((m, i) => household.Take(m, $"members[{i}].residentId", "Field.Resident")).ToList();
            if (household.Registered.Any(r => !moving.Contains(r)))
            {
                throw ResidentRuleException.Of("members", "Field.Members", "Problem.RelocationWholeHousehold");
            }

            if (moving.TrueForAll(r => r.Record.Address == command.Address))
            {
                throw ResidentRuleException.Of("address.locality", "Field.Locality", "Problem.SameAddress");
            }

            var change = context.For(ChangeOrigin.Notification, command.MovedOn, command.NotifiedOn, idempotencyKey);
            var late = false;
            foreach (var resident in moving)
            {
                var record = resident.Record with { Address = command.Address, AddressSetOn = command.MovedOn, PreviousAddress = resident.Record.Address.Line };
                var entry = ProblemPaths.Rename(() => resident.Change(ChangeKind.Relocation, record, change), ("effectiveOn", "movedOn"));
                db.ResidencyChanges.Add(entry);
                late |= entry.LateNotification;
                await audit.AppendAsync(new AuditEntry(Operation, "resident", resident.Id.ToString()), ct);
                outbox.Add(new ResidentRelocated(resident.Id, household.Household.Id, command.MovedOn));
            }

            var result = new RelocationResult(household.Household.Id, [.. moving.Select(r => r.Id)], late);
            if (idempotencyKey is not null)
            {
                idempotency.Record(idempotencyKey, Operation, requestHash, result);
            }

            return result;
        }, cancellationToken);
    }
}
