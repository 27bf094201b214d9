using Microsoft.EntityFrameworkCore;
using Tsunagi.Counter.Data;
using Tsunagi.Counter.Domain;
using Tsunagi.Counter.Domain.Cases;
using Tsunagi.Platform.Api;

namespace Tsunagi.Counter.Features.Inbox;

/// <summary>The unfinished steps of open cases owned by a department, oldest first, with the overdue ones marked; paged.</summary>
public sealed class InboxQuery(CounterDbContext db, TimeProvider time)
{
    public const int MaxOrdered = 5000;

    public async Task<ApiPage<InboxItem>> ListAsync(string department, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var open = db.Cases.Where(c => c.State != CaseState.Closed && c.State != CaseState.Cancelled);
        var steps = db.CaseSteps.AsNoTracking()
            .Where(s => s.Department == department && s.State != StepState.Completed && s.State != StepState.NotNeeded)
            .Join(open, s => s.CaseId, c => c.Id, (s, c) => new { Step = s, c.ReceptionNumber, c.LifeEvent, c.Version });
        var total = await steps.CountAsync(cancellationToken);
        var rows = await steps.OrderBy(r => r.Step.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var now = time.GetUtcNow();
        var items = rows.Select(r => new InboxItem(
            r.Step.CaseId, r.ReceptionNumber, LifeEventNames.Ja(r.LifeEvent), r.Step.Id, r.Step.ProcedureName, r.Step.Department,
            CaseStateNames.Ja(r.Step.State), r.Step.State.ToString(), r.Step.StateReason, r.Step.CreatedAt, r.Step.DueAt, r.Step.IsOverdue(now), r.Version)).ToList();
        return new ApiPage<InboxItem>(items, page, pageSize, total);
    }

    /// <summary>The unfinished steps of open cases owned by any of the departments, the most urgent (earliest due, overdue) first; paged.</summary>
    public async Task<ApiPage<InboxItem>> ListAsync(IReadOnlyCollection<string> departments, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(departments);
        var open = db.Cases.Where(c => c.State != CaseState.Closed && c.State != CaseState.Cancelled);
        var steps = db.CaseSteps.AsNoTracking()
            .Where(s => departments.Contains(s.Department) && s.State != StepState.Completed && s.State != StepState.NotNeeded)
            .Join(open, s => s.CaseId, c => c.Id, (s, c) => new { Step = s, c.ReceptionNumber, c.LifeEvent, c.Version });
        var total = await steps.CountAsync(cancellationToken);
        // SQLite cannot order by DateTimeOffset: the unfinished steps of open cases are few (a day's work), so they are
        // ordered in memory, bounded by MaxOrdered.
        var rows = (await steps.OrderBy(r => r.Step.Id).Take(MaxOrdered).ToListAsync(cancellationToken))
            .OrderBy(r => r.Step.DueAt).ThenBy(r => r.Step.Id).Skip((page - 1) * pageSize).Take(pageSize).ToList();
        var now = time.GetUtcNow();
        var items = rows.Select(r => new InboxItem(
            r.Step.CaseId, r.ReceptionNumber, LifeEventNames.Ja(r.LifeEvent), r.Step.Id, r.Step.ProcedureName, r.Step.Department,
            CaseStateNames.Ja(r.Step.State), r.Step.State.ToString(), r.Step.StateReason, r.Step.CreatedAt, r.Step.DueAt, r.Step.IsOverdue(now), r.Version)).ToList();
        return new ApiPage<InboxItem>(items, page, pageSize, total);
    }

    /// <summary>The departments that own a step of an open case, for the inbox's choice list.</summary>
    public async Task<IReadOnlyList<string>> DepartmentsAsync(CancellationToken cancellationToken = default) =>
        await db.CaseSteps.AsNoTracking().Select(s => s.Department).Distinct().OrderBy(d => d).ToListAsync(cancellationToken);
}
