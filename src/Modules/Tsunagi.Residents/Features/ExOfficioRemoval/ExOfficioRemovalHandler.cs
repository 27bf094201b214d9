using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Features.ExOfficioCorrection;
using Tsunagi.Residents.Notifications;

namespace Tsunagi.Residents.Features.ExOfficioRemoval;

/// <summary>Prepares a 職権消除 as a pending <see cref="ExOfficioRequest"/>; the person is removed only when a second staff member approves.</summary>
public sealed class ExOfficioRemovalHandler(ResidentsDbContext db, UnitOfWork unitOfWork, AuditTrail audit, ITenantContext tenant, NotificationContext context)
{
    public Task<ExOfficioRequestResult> HandleAsync(ExOfficioRemovalCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return unitOfWork.RunAsync(db, async ct =>
        {
            var resident = await db.Residents.FirstOrDefaultAsync(r => r.Id == command.ResidentId, ct)
                ?? throw ResidentRuleException.Of("residentId", "Field.Resident", "Problem.ResidentNotFound");
            resident.EnsureVersion(command.Version);
            if (resident.IsRemoved)
            {
                throw ResidentRuleException.Of("residentId", "Field.Resident", "Problem.ResidentRemoved");
            }

            var change = context.For(ChangeOrigin.ExOfficio, command.EffectiveOn, context.Today, null, command.Reason);
            var problems = ChangeDateRules.Check(ChangeKind.ExOfficioRemoval, change, resident.DateOfBirth, resident.LastEffectiveOn);
            if (problems.Count > 0)
            {
                throw new ResidentRuleException(problems);
            }

            var request = new ExOfficioRequest
            {
                TenantId = tenant.TenantId,
                Id = Guid.CreateVersion7(change.RecordedAt),
                ResidentId = resident.Id,
                Kind = ChangeKind.ExOfficioRemoval,
                EffectiveOn = command.EffectiveOn,
                Reason = command.Reason,
                ResidentVersion = resident.Version,
                RequestedBy = change.ActorId,
                RequestedAt = change.RecordedAt,
                Status = ExOfficioRequestStatus.Pending,
            };
            db.ExOfficioRequests.Add(request);
            await audit.AppendAsync(new AuditEntry(ExOfficioCorrectionHandler.Operation, "resident", resident.Id.ToString()), ct);
            return new ExOfficioRequestResult(request.Id, resident.Id, "removal");
        }, cancellationToken);
    }
}
