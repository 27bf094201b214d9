using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Web.Components.Audit;

/// <summary>Searches the signed-in tenant's audit events; the tenant filter (and RLS on PostgreSQL) keeps every other tenant out.</summary>
public sealed class AuditLogSearch(PlatformDbContext db, ILookupNormalizer normalizer)
{
    public const int PageSize = 50;

    public async Task<AuditLogResult> SearchAsync(AuditLogFilter filter, int requestedPage, CancellationToken cancellationToken = default)
    {
        var query = Within(filter.From, filter.To);
        if (filter.Action is { } action)
        {
            query = query.Where(e => e.Action == action);
        }

        if (filter.Actor is { } actor)
        {
            var actorIds = await ActorIdsAsync(actor, cancellationToken);
            query = query.Where(e => actorIds.Contains(e.ActorId));
        }

        if (filter.Outcome is { } outcome)
        {
            query = query.Where(e => e.Outcome == outcome);
        }

        var total = await query.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(requestedPage, 1, pageCount);
        var events = await query.AsNoTracking()
            .OrderByDescending(e => e.Sequence)
            .Skip((page - 1) * PageSize)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
        return new AuditLogResult(events, total, page, pageCount, await StaffUserNamesAsync(events, cancellationToken));
    }

    /// <summary>
    /// The period as Tokyo days. EF's SQLite provider cannot compare DateTimeOffset columns, so the bounds
    /// are plain SQL that both providers run: PostgreSQL compares timestamptz, SQLite compares the ISO
    /// text it stores, which sorts in time order because the trail writes every instant in UTC.
    /// </summary>
    private IQueryable<AuditEvent> Within(DateOnly? from, DateOnly? to)
    {
        DateTimeOffset? start = from is { } f ? TokyoTime.StartOfDay(f) : null;
        DateTimeOffset? end = to is { } t ? TokyoTime.StartOfDay(t.AddDays(1)) : null;
        return (start, end) switch
        {
            ({ } s, { } e) => db.AuditEvents.FromSql($"select * from audit_events where occurred_at >= {s} and occurred_at < {e}"),
            ({ } s, null) => db.AuditEvents.FromSql($"select * from audit_events where occurred_at >= {s}"),
            (null, { } e) => db.AuditEvents.FromSql($"select * from audit_events where occurred_at < {e}"),
            _ => db.AuditEvents,
        };
    }

    /// <summary>The typed actor id, plus the id of the own tenant's staff member when a user name was typed.</summary>
    private async Task<List<string>> ActorIdsAsync(string actor, CancellationToken cancellationToken)
    {
        var normalized = normalizer.NormalizeName(actor);
        var staffIds = await db.Users.AsNoTracking().Where(u => u.NormalizedUserName == normalized).Select(u => u.Id).ToListAsync(cancellationToken);
        return [actor, .. staffIds.Select(id => id.ToString())];
    }

    private async Task<IReadOnlyDictionary<string, string>> StaffUserNamesAsync(List<AuditEvent> events, CancellationToken cancellationToken)
    {
        var ids = events.Where(e => e.ActorKind == AuditActorKind.StaffMember)
            .Select(e => Guid.TryParse(e.ActorId, out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty)
            .Distinct()
            .ToList();
        if (ids.Count == 0)
        {
            return new Dictionary<string, string>(StringComparer.Ordinal);
        }

        var staff = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.UserName }).ToListAsync(cancellationToken);
        return staff.ToDictionary(s => s.Id.ToString(), s => s.UserName ?? string.Empty, StringComparer.Ordinal);
    }
}
