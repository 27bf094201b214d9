using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Idempotency;
using Tsunagi.Platform.Messaging;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Contracts;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Notifications;

namespace Tsunagi.Residents.Features.Birth;

/// <summary>出生届: the child is registered into the household at its address, 異動日 = date of birth; audited and announced.</summary>
public sealed class BirthHandler(
    ResidentsDbContext db,
    UnitOfWork unitOfWork,
    IdempotencyStore idempotency,
    AuditTrail audit,
    Outbox outbox,
    ITenantContext tenant,
    NotificationContext context,
    IndividualNumbers individualNumbers)
{
    public const string Operation = "residents.birth";

    public Task<BirthResult> HandleAsync(BirthCommand command, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var requestHash = IdempotencyStore.HashOf(command with { Child = command.Child with { IndividualNumber = null } });
        return unitOfWork.RunAsync(db, async ct =>
        {
            if (idempotencyKey is not null && await idempotency.FindAsync<BirthResult>(idempotencyKey, Operation, requestHash, ct) is { } earlier)
            {
                return earlier;
            }

            var household = await HouseholdMembers.LoadAsync(db, command.HouseholdId, ct);
            household.EnsureVersion(command.HouseholdVersion);
            var head = household.Head ?? throw ResidentRuleException.Of("householdId", "Field.Household", "Problem.NoHouseholdHead");
            var child = command.Child;
            var bornOn = child.DateOfBirth;
            var record = new ResidentRecord(
                child.Name, child.FormerFamilyName, bornOn, child.Sex, household.Household.Id, child.Relationship, head.Record.Address,
                child.RegisteredDomicile, child.FamilyRegisterHead, child.ResidentRecordCode,
                BecameResidentOn: bornOn, AddressSetOn: bornOn, PreviousAddress: null, child.Foreign);
            var change = context.For(ChangeOrigin.Notification, bornOn, command.NotifiedOn, idempotencyKey);
            var (resident, entry) = ProblemPaths.Rename(
                () => Resident.Register(tenant.TenantId, Guid.CreateVersion7(change.RecordedAt), record, ChangeKind.Birth, change),
                ("effectiveOn", "child.dateOfBirth"),
                ("dateOfBirth", "child.dateOfBirth"));
            if (child.IndividualNumber is { } number)
            {
                await individualNumbers.SetAsync(resident, number, ct);
            }

            db.Residents.Add(resident);
            db.ResidencyChanges.Add(entry);
            household.Household.Touch();
            await audit.AppendAsync(new AuditEntry(Operation, "resident", resident.Id.ToString()), ct);
            outbox.Add(new ResidentBorn(resident.Id, household.Household.Id, bornOn));
            var result = new BirthResult(household.Household.Id, resident.Id, entry.LateNotification);
            if (idempotencyKey is not null)
            {
                idempotency.Record(idempotencyKey, Operation, requestHash, result);
            }

            return result;
        }, cancellationToken);
    }
}
