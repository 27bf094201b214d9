using Microsoft.EntityFrameworkCore;
using Tsunagi.Counter.Data;
using Tsunagi.Counter.Domain;
using Tsunagi.Counter.Domain.Cases;
using Tsunagi.Platform.Api;

namespace Tsunagi.Counter.Features.CaseList;

/// <summary>The municipality's cases, newest first (ids are time-ordered: version 7), optionally only open ones; paged.</summary>
public sealed class CaseListQuery(CounterDbContext db)
{
    public async Task<ApiPage<CaseSummary>> ListAsync(bool openOnly, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var query = db.Cases.AsNoTracking();
        if (openOnly)
        {
            query = query.Where(c => c.State != CaseState.Closed && c.State != CaseState.Cancelled);
        }

        return await PageAsync(query, page, pageSize, cancellationToken);
    }

    /// <summary>The cases received on one day, filtered by state, area and life event; newest first, paged.</summary>
    public async Task<ApiPage<CaseSummary>> ListAsync(CaseListFilter filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = db.Cases.AsNoTracking().Where(c => c.ReceivedOn == filter.Day);
        if (filter.State is { } state)
        {
            query = query.Where(c => c.State == state);
        }

        if (filter.Area is { } area)
        {
            query = query.Where(c => c.Area == area);
        }

        if (filter.LifeEvent is { } lifeEvent)
        {
            query = query.Where(c => c.LifeEvent == lifeEvent);
        }

        return await PageAsync(query, page, pageSize, cancellationToken);
    }

    private static async Task<ApiPage<CaseSummary>> PageAsync(IQueryable<CounterCase> query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var cases = await query.OrderByDescending(c => c.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var items = cases.Select(c => new CaseSummary(
            c.Id, c.ReceptionNumber, c.Area, LifeEventNames.Api(c.LifeEvent), LifeEventNames.Ja(c.LifeEvent), CaseStateNames.Ja(c.State), c.State.ToString(),
            c.ReceivedAt, c.Steps.Count, c.Steps.Count(s => StepTransitions.IsFinished(s.State)))).ToList();
        return new ApiPage<CaseSummary>(items, page, pageSize, total);
    }
}
