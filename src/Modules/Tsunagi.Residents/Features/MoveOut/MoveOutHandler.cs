using System.Text.Json;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Idempotency;
using Tsunagi.Platform.Messaging;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Sequences;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Contracts;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Notifications;

namespace Tsunagi.Residents.Features.MoveOut;

/// <summary>
/// 転出届: the leaving members become 除票 on the planned day, a 転出証明書 is issued with their records, a new
/// head is recorded when the head leaves others behind; audited and announced in one transaction.
/// </summary>
public sealed class MoveOutHandler(
    ResidentsDbContext db,
    UnitOfWork unitOfWork,
    IdempotencyStore idempotency,
    AuditTrail audit,
    Outbox outbox,
    ITenantContext tenant,
    NotificationContext context,
    NumberSequences sequences,
    ConsortiumMunicipalities consortium)
{
    public const string Operation = "residents.move-out";
    public const string CertificateSequence = "residents.move-out-certificate";

    public Task<MoveOutResult> HandleAsync(MoveOutCommand command, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var requestHash = IdempotencyStore.HashOf(command);
        return unitOfWork.RunAsync(db, async ct =>
        {
            if (idempotencyKey is not null && await idempotency.FindAsync<MoveOutResult>(idempotencyKey, Operation, requestHash, ct) is { } earlier)
            {
                return earlier;
            }

            if (command.DestinationMunicipalityCode is { } code && !(await consortium.OthersAsync(ct)).Any(m => m.Code == code))
            {
                throw ResidentRuleException.Of("destinationMunicipalityCode", "Field.DestinationMunicipality", "Problem.NotConsortiumMember");
            }

            var household = await HouseholdMembers.LoadAsync(db, command.HouseholdId, ct);
            var leaving = command.Members.Select((m, i) => household.Take(m, $"members[{i}].residentId", "Field.Resident")).ToList();
            var newHead = HeadSuccession.Choose(household, leaving, command.NewHead);
            var change = context.For(ChangeOrigin.Notification, command.PlannedMoveOutOn, command.NotifiedOn, idempotencyKey);
            var late = false;
            foreach (var resident in leaving)
            {
                var entry = ProblemPaths.Rename(() => resident.Remove(ChangeKind.MoveOut, change), ("effectiveOn", "plannedMoveOutOn"));
                db.ResidencyChanges.Add(entry);
                late |= entry.LateNotification;
                await audit.AppendAsync(new AuditEntry(Operation, "resident", resident.Id.ToString()), ct);
                outbox.Add(new ResidentMovedOut(resident.Id, household.Household.Id, command.PlannedMoveOutOn, command.DestinationMunicipalityCode));
            }

            if (newHead is not null)
            {
                db.ResidencyChanges.Add(HeadSuccession.Record(newHead, change with { FollowsPlannedMoveOut = true }));
                await audit.AppendAsync(new AuditEntry("residents.household-head-change", "resident", newHead.Id.ToString()), ct);
                outbox.Add(new HouseholdChanged(household.Household.Id, "head-change", [newHead.Id], command.PlannedMoveOutOn));
            }

            household.Household.Touch();
            var certificate = await IssueCertificateAsync(command, household.Household.Id, leaving, change, ct);
            var result = new MoveOutResult(household.Household.Id, [.. leaving.Select(r => r.Id)], certificate.Id, certificate.Number, late);
            if (idempotencyKey is not null)
            {
                idempotency.Record(idempotencyKey, Operation, requestHash, result);
            }

            return result;
        }, cancellationToken);
    }

    private async Task<MoveOutCertificate> IssueCertificateAsync(MoveOutCommand command, Guid householdId, List<Resident> leaving, ChangeContext change, CancellationToken ct)
    {
        var fiscalYear = NumberSequences.FiscalYearOf(change.Today);
        var next = await sequences.NextAsync(CertificateSequence, fiscalYear, ct);
        var certificate = new MoveOutCertificate
        {
            TenantId = tenant.TenantId,
            Id = Guid.CreateVersion7(change.RecordedAt),
            Number = $"{fiscalYear}-{next:D6}",
            IssuedOn = change.Today,
            PlannedMoveOutOn = command.PlannedMoveOutOn,
            DestinationAddress = command.DestinationAddress,
            DestinationMunicipalityCode = command.DestinationMunicipalityCode,
            HouseholdId = householdId,
            ResidentIds = [.. leaving.Select(r => r.Id)],
            RecordsJson = JsonSerializer.Serialize(leaving.Select(r => r.Record).ToList(), ResidencyChange.Json),
        };
        db.MoveOutCertificates.Add(certificate);
        await audit.AppendAsync(new AuditEntry("residents.move-out-certificate.issue", "move-out-certificate", certificate.Id.ToString()), ct);
        return certificate;
    }
}
