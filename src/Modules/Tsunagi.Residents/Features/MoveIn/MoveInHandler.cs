using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Idempotency;
using Tsunagi.Platform.Messaging;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Contracts;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Notifications;

namespace Tsunagi.Residents.Features.MoveIn;

/// <summary>
/// 転入届: a new household of the moving persons, each registered with a 転入 change, audited and announced,
/// in one transaction. A repeat with the same idempotency key returns the first result and writes nothing.
/// </summary>
public sealed class MoveInHandler(
    ResidentsDbContext db,
    UnitOfWork unitOfWork,
    IdempotencyStore idempotency,
    AuditTrail audit,
    Outbox outbox,
    ITenantContext tenant,
    NotificationContext context,
    IndividualNumbers individualNumbers)
{
    public const string Operation = "residents.move-in";

    public Task<MoveInResult> HandleAsync(MoveInCommand command, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        // The request's hash must not be a way to confirm a guessed 個人番号: hash it without them.
        var requestHash = IdempotencyStore.HashOf(command with { Members = [.. command.Members.Select(m => m with { IndividualNumber = null })] });
        return unitOfWork.RunAsync(db, async ct =>
        {
            if (idempotencyKey is not null && await idempotency.FindAsync<MoveInResult>(idempotencyKey, Operation, requestHash, ct) is { } earlier)
            {
                return earlier;
            }

            var change = context.For(ChangeOrigin.Notification, command.MovedInOn, command.NotifiedOn, idempotencyKey);
            var household = new Household { TenantId = tenant.TenantId, Id = Guid.CreateVersion7(change.RecordedAt), FormedOn = command.MovedInOn };
            db.Households.Add(household);
            var ids = new List<Guid>();
            var late = false;
            foreach (var (member, index) in command.Members.Select((m, i) => (m, i)))
            {
                var record = new ResidentRecord(
                    member.Name, member.FormerFamilyName, member.DateOfBirth, member.Sex, household.Id, member.Relationship, command.Address,
                    member.RegisteredDomicile, member.FamilyRegisterHead, member.ResidentRecordCode,
                    BecameResidentOn: command.MovedInOn, AddressSetOn: command.MovedInOn, command.PreviousAddress, member.Foreign);
                var (resident, entry) = ProblemPaths.Rename(
                    () => Resident.Register(tenant.TenantId, Guid.CreateVersion7(change.RecordedAt), record, ChangeKind.MoveIn, change),
                    ("effectiveOn", "movedInOn"),
                    ("dateOfBirth", $"members[{index}].dateOfBirth"));
                if (member.IndividualNumber is { } number)
                {
                    await individualNumbers.SetAsync(resident, number, ct);
                }

                db.Residents.Add(resident);
                db.ResidencyChanges.Add(entry);
                late |= entry.LateNotification;
                ids.Add(resident.Id);
                await audit.AppendAsync(new AuditEntry("residents.move-in", "resident", resident.Id.ToString()), ct);
                outbox.Add(new ResidentMovedIn(resident.Id, household.Id, command.MovedInOn, command.FromAbroad));
            }

            var result = new MoveInResult(household.Id, ids, late);
            if (idempotencyKey is not null)
            {
                idempotency.Record(idempotencyKey, Operation, requestHash, result);
            }

            return result;
        }, cancellationToken);
    }
}
