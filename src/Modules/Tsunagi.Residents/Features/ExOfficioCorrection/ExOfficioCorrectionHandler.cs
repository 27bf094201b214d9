using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Idempotency;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Features.ExOfficioRequests;
using Tsunagi.Residents.Input;
using Tsunagi.Residents.Notifications;

namespace Tsunagi.Residents.Features.ExOfficioCorrection;

/// <summary>
/// Prepares a 職権修正: checks the corrected record against the register's rules now, stores it as a pending
/// <see cref="ExOfficioRequest"/> with the resident's version, and audits the preparation. The register is
/// changed only when a second staff member approves it. A repeat with the same idempotency key returns the first result.
/// </summary>
public sealed class ExOfficioCorrectionHandler(
    ResidentsDbContext db,
    UnitOfWork unitOfWork,
    IdempotencyStore idempotency,
    AuditTrail audit,
    ITenantContext tenant,
    NotificationContext context)
{
    public const string Operation = "residents.ex-officio.request";

    public Task<ExOfficioRequestResult> HandleAsync(ExOfficioCorrectionCommand command, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var requestHash = IdempotencyStore.HashOf(command);
        return unitOfWork.RunAsync(db, async ct =>
        {
            if (idempotencyKey is not null && await idempotency.FindAsync<ExOfficioRequestResult>(idempotencyKey, Operation, requestHash, ct) is { } earlier)
            {
                return earlier;
            }

            var resident = await db.Residents.FirstOrDefaultAsync(r => r.Id == command.ResidentId, ct) ?? throw new ExOfficioNotFoundException();
            resident.EnsureVersion(command.Version);
            var (record, _) = ProblemPaths.Rename(() => RecordAmendments.Apply(resident.Record, command.Items), RecordItemPaths.Under("items."));
            var change = context.For(ChangeOrigin.ExOfficio, command.EffectiveOn, context.Today, idempotencyKey, command.Reason);
            var problems = ChangeDateRules.Check(ChangeKind.ExOfficioCorrection, change, record.DateOfBirth, resident.LastEffectiveOn);
            if (problems.Count > 0)
            {
                throw new ResidentRuleException(problems);
            }

            var request = ExOfficioRequest.Prepare(tenant.TenantId, resident, ChangeKind.ExOfficioCorrection, change, JsonSerializer.Serialize(record, ResidencyChange.Json));
            db.ExOfficioRequests.Add(request);
            await audit.AppendAsync(new AuditEntry(Operation, "resident", resident.Id.ToString()), ct);
            var result = new ExOfficioRequestResult(request.Id, resident.Id, ExOfficioKinds.Correction);
            if (idempotencyKey is not null)
            {
                idempotency.Record(idempotencyKey, Operation, requestHash, result);
            }

            return result;
        }, cancellationToken);
    }
}
