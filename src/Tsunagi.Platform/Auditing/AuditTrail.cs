using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Auditing;

/// <summary>
/// The one way to record audit events. <see cref="AppendAsync"/> adds the event to the caller's unit of
/// work so it commits in the same transaction as the change it records; <see cref="RecordAsync"/>
/// commits at once (reads of personal data, logins, refusals).
/// </summary>
public sealed class AuditTrail(PlatformDbContext db, ITenantContext tenant, IAuditActor actor, TimeProvider time)
{
    private const int MaxAttempts = 5;

    public async Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        var tenantId = tenant.TenantId;
        var head = db.AuditChainHeads.Local.FirstOrDefault(h => h.TenantId == tenantId)
            ?? await db.AuditChainHeads.FirstOrDefaultAsync(h => h.TenantId == tenantId, cancellationToken);
        if (head is null)
        {
            head = new AuditChainHead { TenantId = tenantId, LastSequence = 0, LastHash = AuditHash.Genesis };
            db.AuditChainHeads.Add(head);
        }

        // PostgreSQL keeps microseconds: hash exactly the instant that will be stored, or the chain "breaks" on reading it back.
        var now = time.GetUtcNow();
        var appended = new AuditEvent
        {
            TenantId = tenantId,
            Sequence = head.LastSequence + 1,
            Id = Guid.CreateVersion7(),
            OccurredAt = now.AddTicks(-(now.UtcTicks % TimeSpan.TicksPerMicrosecond)),
            ActorKind = actor.Kind,
            ActorId = actor.Id,
            Action = entry.Action,
            SubjectType = entry.SubjectType,
            SubjectId = entry.SubjectId,
            Purpose = entry.Purpose,
            Outcome = entry.Outcome,
            PreviousHash = head.LastHash,
        };
        appended.Hash = AuditHash.Compute(appended, appended.PreviousHash);
        db.AuditEvents.Add(appended);
        head.LastSequence = appended.Sequence;
        head.LastHash = appended.Hash;
    }

    /// <summary>Appends and commits now, retrying when another writer extended the chain first.</summary>
    public async Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        for (var attempt = 1; ; attempt++)
        {
            await AppendAsync(entry, cancellationToken);
            try
            {
                await db.SaveChangesAsync(CancellationToken.None);
                return;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                foreach (var e in db.ChangeTracker.Entries().Where(e => e.Entity is AuditEvent or AuditChainHead).ToList())
                {
                    e.State = EntityState.Detached;
                }
            }
        }
    }
}
