using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Features.DisclosureRestrictions;

/// <summary>Registers (登録) and ends (終了) support measures, each audited in the same transaction; rows are kept after the end.</summary>
public sealed class RestrictionHandler(ResidentsDbContext db, UnitOfWork unitOfWork, AuditTrail audit, ITenantContext tenant, IAuditActor actor, TimeProvider time)
{
    /// <returns>The new measure's id, or null when there is no such resident.</returns>
    public Task<Guid?> RegisterAsync(Guid residentId, RestrictionCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return unitOfWork.RunAsync(db, async ct =>
        {
            if (!await db.Residents.AnyAsync(r => r.Id == residentId, ct))
            {
                return (Guid?)null;
            }

            var now = time.GetUtcNow();
            var restriction = new DisclosureRestriction
            {
                TenantId = tenant.TenantId,
                Id = Guid.CreateVersion7(now),
                ResidentId = residentId,
                StartsOn = command.StartsOn,
                EndsOn = command.EndsOn,
                Scope = command.Scope,
                Reason = command.Reason,
                RegisteredBy = $"{actor.Kind}:{actor.Id}",
                RegisteredAt = now,
            };
            db.DisclosureRestrictions.Add(restriction);
            await audit.AppendAsync(new AuditEntry("residents.restriction.register", "disclosure-restriction", restriction.Id.ToString()), ct);
            return restriction.Id;
        }, cancellationToken);
    }

    /// <summary>The person's name and every measure registered for them (newest first), or null when there is no such person; the read is audited.</summary>
    public async Task<(string Name, IReadOnlyList<DisclosureRestriction> Restrictions)?> ListAsync(Guid residentId, CancellationToken cancellationToken = default)
    {
        var resident = await db.Residents.AsNoTracking().FirstOrDefaultAsync(r => r.Id == residentId, cancellationToken);
        if (resident is null)
        {
            return null;
        }

        await audit.RecordAsync(new AuditEntry("residents.restrictions.read", "resident", residentId.ToString()), cancellationToken);
        var restrictions = await db.DisclosureRestrictions.AsNoTracking().Where(r => r.ResidentId == residentId).ToListAsync(cancellationToken);
        return (resident.Record.Name.Full, [.. restrictions.OrderByDescending(r => r.StartsOn).ThenByDescending(r => r.RegisteredAt)]);
    }

    /// <returns>false when there is no such measure for this resident.</returns>
    public Task<bool> EndAsync(Guid residentId, Guid restrictionId, DateOnly endedOn, CancellationToken cancellationToken = default) =>
        unitOfWork.RunAsync(db, async ct =>
        {
            var restriction = await db.DisclosureRestrictions.FirstOrDefaultAsync(r => r.Id == restrictionId && r.ResidentId == residentId, ct);
            if (restriction is null)
            {
                return false;
            }

            if (endedOn < restriction.StartsOn)
            {
                throw ResidentRuleException.Of("endedOn", "Field.EndedOn", "Problem.EndsBeforeStart");
            }

            restriction.EndedOn = endedOn;
            restriction.Version++;
            await audit.AppendAsync(new AuditEntry("residents.restriction.end", "disclosure-restriction", restriction.Id.ToString()), ct);
            return true;
        }, cancellationToken);
}
