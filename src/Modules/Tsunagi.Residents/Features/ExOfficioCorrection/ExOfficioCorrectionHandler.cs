using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Input;
using Tsunagi.Residents.Notifications;

namespace Tsunagi.Residents.Features.ExOfficioCorrection;

/// <summary>
/// Prepares a 職権修正: checks the corrected record against the register's rules now, stores it as a pending
/// <see cref="ExOfficioRequest"/> with the resident's version, and audits the preparation. The register is
/// changed only when a second staff member approves it.
/// </summary>
public sealed class ExOfficioCorrectionHandler(ResidentsDbContext db, UnitOfWork unitOfWork, AuditTrail audit, ITenantContext tenant, NotificationContext context)
{
    public const string Operation = "residents.ex-officio.request";

    public Task<ExOfficioRequestResult> HandleAsync(ExOfficioCorrectionCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return unitOfWork.RunAsync(db, async ct =>
        {
            var resident = await db.Residents.FirstOrDefaultAsync(r => r.Id == command.ResidentId, ct)
                ?? throw ResidentRuleException.Of("residentId", "Field.Resident", "Problem.ResidentNotFound");
            resident.EnsureVersion(command.Version);
            var (record, _) = ProblemPaths.Rename(() => RecordAmendments.Apply(resident.Record, command.Items), RecordItemPaths.Under("items."));
            var change = context.For(ChangeOrigin.ExOfficio, command.EffectiveOn, context.Today, null, command.Reason);
            var problems = ChangeDateRules.Check(ChangeKind.ExOfficioCorrection, change, record.DateOfBirth, resident.LastEffectiveOn);
            if (problems.Count > 0)
            {
                throw new ResidentRuleException(problems);
            }

            var request = new ExOfficioRequest
            {
                TenantId = tenant.TenantId,
                Id = Guid.CreateVersion7(change.RecordedAt),
                ResidentId = resident.Id,
                Kind = ChangeKind.ExOfficioCorrection,
                RecordJson = JsonSerializer.Serialize(record, ResidencyChange.Json),
                EffectiveOn = command.EffectiveOn,
                Reason = command.Reason,
                ResidentVersion = resident.Version,
                RequestedBy = change.ActorId,
                RequestedAt = change.RecordedAt,
                Status = ExOfficioRequestStatus.Pending,
            };
            db.ExOfficioRequests.Add(request);
            await audit.AppendAsync(new AuditEntry(Operation, "resident", resident.Id.ToString()), ct);
            return new ExOfficioRequestResult(request.Id, resident.Id, "correction");
        }, cancellationToken);
    }
}
