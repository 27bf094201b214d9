using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Idempotency;
using Tsunagi.Platform.Messaging;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Contracts;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Features.MoveOutCertificateExchange;
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
    IndividualNumbers individualNumbers,
    MoveOutCertificateExchangeService exchange)
{
    public const string Operation = "residents.move-in";

    public async Task<MoveInResult> HandleAsync(MoveInCommand command, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        // The request's hash must not be a way to confirm a guessed 個人番号: hash it without them.
        var requestHash = IdempotencyStore.HashOf(command with { Members = [.. command.Members.Select(m => m with { IndividualNumber = null })] });
        if (command is not { MoveOutMunicipalityCode: { } code, MoveOutCertificateNumber: { } number })
        {
            return await RegisterAsync(command, idempotencyKey, requestHash, null, cancellationToken);
        }

        // A repeat answers first: the certificate it used is not looked at again.
        if (idempotencyKey is not null && await idempotency.FindAsync<MoveInResult>(idempotencyKey, Operation, requestHash, cancellationToken) is { } earlier)
        {
            return earlier;
        }

        // The sending town's certificate is marked used first (its own transaction in its own tenant scope);
        // a 転入 then refused or failed gives it back, so one certificate registers one 転入.
        var used = await exchange.UseAsync(code, number, cancellationToken);
        try
        {
            return await RegisterAsync(command, idempotencyKey, requestHash, used, cancellationToken);
        }
        catch (Exception ex) when (ex is not CommitOutcomeUnknownException)
        {
            await exchange.ReleaseAsync(used, CancellationToken.None);
            throw;
        }
    }

    private Task<MoveInResult> RegisterAsync(MoveInCommand command, string? idempotencyKey, string requestHash, UsedMoveOutCertificate? used, CancellationToken cancellationToken) =>
        unitOfWork.RunAsync(db, async ct =>
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

            if (used is not null)
            {
                await audit.AppendAsync(MoveOutCertificateExchangeService.ReceivingAudit(used), ct);
            }

            var result = new MoveInResult(household.Id, ids, late);
            if (idempotencyKey is not null)
            {
                idempotency.Record(idempotencyKey, Operation, requestHash, result);
            }

            return result;
        }, cancellationToken);
}
