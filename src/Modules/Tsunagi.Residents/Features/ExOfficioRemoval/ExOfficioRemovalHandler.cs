using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Idempotency;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Features.ExOfficioCorrection;
using Tsunagi.Residents.Features.ExOfficioRequests;
using Tsunagi.Residents.Notifications;

namespace Tsunagi.Residents.Features.ExOfficioRemoval;

/// <summary>
/// Prepares a 職権消除 as a pending <see cref="ExOfficioRequest"/>; the person is removed only when a second staff
/// member approves. A repeat with the same idempotency key returns the first result.
/// </summary>
public sealed class ExOfficioRemovalHandler(
    ResidentsDbContext db,
    UnitOfWork unitOfWork,
    IdempotencyStore idempotency,
    AuditTrail audit,
    ITenantContext tenant,
    NotificationContext context)
{
    public Task<ExOfficioRequestResult> HandleAsync(ExOfficioRemovalCommand command, string? idempotencyKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var requestHash = IdempotencyStore.HashOf(command);
        return unitOfWork.RunAsync(db, async ct =>
        {
            if (idempotencyKey is not null && await idempotency.FindAsync<ExOfficioRequestResult>(idempotencyKey, ExOfficioCorrectionHandler.Operation, requestHash, ct) is { } earlier)
            {
                return earlier;
            }

            var resident = await db.Residents.FirstOrDefaultAsync(r => r.Id == command.ResidentId, ct) ?? throw new ExOfficioNotFoundException();
            resident.EnsureVersion(command.Version);
            if (resident.IsRemoved)
            {
                throw ResidentRuleException.Of("residentId", "Field.Resident", "Problem.ResidentRemoved");
            }

            var change = context.For(ChangeOrigin.ExOfficio, command.EffectiveOn, context.Today, idempotencyKey, command.Reason);
            var problems = ChangeDateRules.Check(ChangeKind.ExOfficioRemoval, change, resident.DateOfBirth, resident.LastEffectiveOn);
            if (problems.Count > 0)
            {
                throw new ResidentRuleException(problems);
            }

            var request = ExOfficioRequest.Prepare(tenant.TenantId, resident, ChangeKind.ExOfficioRemoval, change, null);
            db.ExOfficioRequests.Add(request);
            await audit.AppendAsync(new AuditEntry(ExOfficioCorrectionHandler.Operation, "resident", resident.Id.ToString()), ct);
            var result = new ExOfficioRequestResult(request.Id, resident.Id, ExOfficioKinds.Removal);
            if (idempotencyKey is not null)
            {
                idempotency.Record(idempotencyKey, ExOfficioCorrectionHandler.Operation, requestHash, result);
            }

            return result;
        }, cancellationToken);
    }
}
