using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Auditing;

/// <summary>
/// The one way to record audit events. <see cref="AppendAsync"/> adds the event to the caller's unit of
/// work so it commits in the same transaction as the change it records; <see cref="RecordAsync"/>
/// commits at once (reads of personal data, logins, refusals).
/// <para>
/// Inside a <see cref="UnitOfWork"/> the appends wait until the unit's own rows are saved and are linked into the
/// chain right before the commit (<see cref="LinkDeferredAsync"/>): on PostgreSQL linking locks the tenant's chain
/// head until the commit, so writers of one town then overlap all their work and queue only for the short tail.
/// </para>
/// </summary>
public sealed class AuditTrail(PlatformDbContext db, ITenantContext tenant, IAuditActor actor, TimeProvider time, IWriteAvailability availability, AuditSpool spool, IServiceProvider services)
{
    private const int MaxAttempts = 5;

    /// <summary>Appends waiting for the unit of work to link them; null when appends link at once.</summary>
    private List<DeferredAppend>? _deferred;

    public Task AppendAsync(AuditEntry entry, CancellationToken cancellationToken = default) =>
        AppendAsAsync(entry, actor.Kind, actor.Id, time.GetUtcNow(), cancellationToken);

    /// <summary>Appends an event whose actor and time were fixed earlier (a spooled event, see <see cref="AuditSpool"/>).</summary>
    internal Task AppendAsAsync(AuditEntry entry, AuditActorKind actorKind, string actorId, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        if (_deferred is not null)
        {
            _deferred.Add(new DeferredAppend(entry, actorKind, actorId, occurredAt));
            return Task.CompletedTask;
        }

        return LinkAsync(entry, actorKind, actorId, occurredAt, cancellationToken);
    }

    /// <summary>From now on appends wait for <see cref="LinkDeferredAsync"/> (called by <see cref="UnitOfWork"/> before it saves).</summary>
    internal void DeferLinking() => _deferred = [];

    /// <summary>Appends link at once again; appends still waiting are dropped (their unit of work failed or was abandoned).</summary>
    internal void StopDeferring() => _deferred = null;

    /// <summary>Links the waiting appends, in the order they were made, as consecutive events after one read of the head.</summary>
    internal async Task LinkDeferredAsync(CancellationToken cancellationToken)
    {
        if (_deferred is not { Count: > 0 } waiting)
        {
            return;
        }

        var appends = waiting.ToList();
        waiting.Clear();
        foreach (var a in appends)
        {
            await LinkAsync(a.Entry, a.ActorKind, a.ActorId, a.OccurredAt, cancellationToken);
        }
    }

    private async Task LinkAsync(AuditEntry entry, AuditActorKind actorKind, string actorId, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        var tenantId = tenant.TenantId;
        var head = db.AuditChainHeads.Local.FirstOrDefault(h => h.TenantId == tenantId);
        if (head is not null && db.Entry(head).State == EntityState.Unchanged)
        {
            // Committed earlier in this scope; another writer may have extended the chain since.
            db.Entry(head).State = EntityState.Detached;
            head = null;
        }

        head ??= await ReadHeadAsync(tenantId, cancellationToken);
        if (head is null)
        {
            head = new AuditChainHead { TenantId = tenantId, LastSequence = 0, LastHash = AuditHash.Genesis };
            db.AuditChainHeads.Add(head);
        }

        var appended = new AuditEvent
        {
            TenantId = tenantId,
            Sequence = head.LastSequence + 1,
            Id = Guid.CreateVersion7(),
            OccurredAt = ToWholeMicroseconds(occurredAt),
            ActorKind = actorKind,
            ActorId = actorId,
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

    /// <summary>
    /// On PostgreSQL the head is read with a row lock (held until the transaction ends), so writers of one town
    /// extend its chain one after the other instead of racing: without it, four clerks registering at once lost
    /// the race five times in a row for about one 転入 in ten. SQLite allows one writer at a time anyway.
    /// </summary>
    private Task<AuditChainHead?> ReadHeadAsync(string tenantId, CancellationToken cancellationToken) =>
        db.Database.IsNpgsql() && db.Database.CurrentTransaction is not null
            ? db.AuditChainHeads.FromSql($"SELECT * FROM audit_chain_heads WHERE tenant_id = {tenantId} FOR UPDATE").FirstOrDefaultAsync(cancellationToken)
            : db.AuditChainHeads.FirstOrDefaultAsync(h => h.TenantId == tenantId, cancellationToken);

    /// <summary>
    /// Appends and commits now. The head is read inside the transaction that writes it, so on SQLite
    /// (whose transactions take the write lock when they begin) a second writer waits for the first;
    /// where writers can still race (PostgreSQL) the loser's update of the head finds it moved and the
    /// append is retried on the new head.
    /// </summary>
    public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken = default) =>
        RecordAsAsync(entry, actor.Kind, actor.Id, time.GetUtcNow(), cancellationToken);

    /// <summary>
    /// Records and commits as <see cref="RecordAsync"/> does (this scope's actor, now), but in a scope and on a connection of
    /// its own, so the caller can read on its own connection while the commit is under way (an fsync of the log on SQLite,
    /// the standby's acknowledgement on PostgreSQL). The caller must await it before it shows anything of what it read:
    /// a read is shown only once its audit event is durable.
    /// </summary>
    public Task RecordOnOwnConnectionAsync(AuditEntry entry, CancellationToken cancellationToken = default)
    {
        var (tenantId, tenantKind, actorKind, actorId, occurredAt) = (tenant.TenantId, tenant.Kind, actor.Kind, actor.Id, time.GetUtcNow());
        // On the thread pool: SQLite's "async" calls complete synchronously, which would serialise the commit and the reads again.
        return Task.Run(
            () => services.InTenantScopeAsync(tenantId, tenantKind, async sp =>
            {
                await sp.GetRequiredService<AuditTrail>().RecordAsAsync(entry, actorKind, actorId, occurredAt, cancellationToken);
                return true;
            }),
            cancellationToken);
    }

    private async Task RecordAsAsync(AuditEntry entry, AuditActorKind actorKind, string actorId, DateTimeOffset occurredAt, CancellationToken cancellationToken)
    {
        // Appends already pending in the caller's unit of work cannot be replayed on a new head: no retry then.
        if (db.Database.CurrentTransaction is null && await availability.CurrentAsync(cancellationToken) != WriteAvailability.Available)
        {
            await SpoolAsync(entry, actorKind, actorId, occurredAt, cancellationToken);
            return;
        }

        var replayable = db.Database.CurrentTransaction is null && !db.ChangeTracker.Entries<AuditEvent>().Any(e => e.State == EntityState.Added);
        for (var attempt = 1; ; attempt++)
        {
            await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
            await AppendAsAsync(entry, actorKind, actorId, occurredAt, cancellationToken);
            try
            {
                await db.SaveChangesAsync(CancellationToken.None);
                if (transaction is not null)
                {
                    await transaction.CommitAsync(CancellationToken.None);
                }

                return;
            }
            catch (DbUpdateException ex) when (replayable && WriteFailure.NothingSaved(ex))
            {
                availability.ReportFailure(WriteFailure.MeansUnavailable(ex) ?? WriteAvailability.Failing);
                foreach (var e in db.ChangeTracker.Entries().Where(e => e.Entity is AuditEvent or AuditChainHead).ToList())
                {
                    e.State = EntityState.Detached;
                }

                await SpoolAsync(entry, actorKind, actorId, occurredAt, cancellationToken);
                return;
            }
            catch (DbUpdateException) when (replayable && attempt < MaxAttempts)
            {
                foreach (var e in db.ChangeTracker.Entries().Where(e => e.Entity is AuditEvent or AuditChainHead).ToList())
                {
                    e.State = EntityState.Detached;
                }
            }
        }
    }

    private Task SpoolAsync(AuditEntry entry, AuditActorKind actorKind, string actorId, DateTimeOffset occurredAt, CancellationToken cancellationToken) =>
        spool.WriteAsync(new SpooledAuditEntry(tenant.TenantId, tenant.Kind, actorKind, actorId, occurredAt, entry), cancellationToken);

    /// <summary>
    /// PostgreSQL keeps timestamps to the microsecond: a finer instant would read back changed and the
    /// event's hash would no longer match, so the instant is cut to what both providers store exactly.
    /// Always UTC, which also keeps SQLite's text column in time order.
    /// </summary>
    private static DateTimeOffset ToWholeMicroseconds(DateTimeOffset instant) =>
        instant.ToUniversalTime().AddTicks(-(instant.UtcTicks % TimeSpan.TicksPerMicrosecond));

    private sealed record DeferredAppend(AuditEntry Entry, AuditActorKind ActorKind, string ActorId, DateTimeOffset OccurredAt);
}
