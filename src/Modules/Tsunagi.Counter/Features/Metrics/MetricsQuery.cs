using Microsoft.EntityFrameworkCore;
using Tsunagi.Counter.Data;

namespace Tsunagi.Counter.Features.Metrics;

/// <summary>
/// Reads the cases received in the period (by their Tokyo reception day, so a day runs from 00:00 to 24:00 JST) with their
/// steps, timestamps only, and computes the figures in memory; the period is at most a year, a few tens of thousands of
/// rows for the towns this serves.
/// </summary>
public sealed class MetricsQuery(CounterDbContext db, TimeProvider time)
{
    public async Task<CounterMetrics> ComputeAsync(MetricsPeriod period, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(period);
        var query = db.Cases.AsNoTracking().IgnoreAutoIncludes().Where(c => c.ReceivedOn >= period.From && c.ReceivedOn <= period.To);
        if (period.Area is { } area)
        {
            query = query.Where(c => c.Area == area);
        }

        var cases = await query
            .Select(c => new
            {
                c.Id,
                c.LifeEvent,
                c.State,
                c.ReceivedAt,
                c.CalledAt,
                c.ClosedAt,
            })
            .ToListAsync(cancellationToken);
        var ids = cases.Select(c => c.Id).ToList();
        var steps = new List<(Guid CaseId, MetricsStep Step)>();
        foreach (var chunk in ids.Chunk(500))
        {
            var rows = await db.CaseSteps.AsNoTracking()
                .Where(s => chunk.Contains(s.CaseId))
                .Select(s => new { s.CaseId, s.ProcedureCode, s.ProcedureName, s.Department, s.State, s.CreatedAt, s.CompletedAt, s.DueAt, s.Position })
                .ToListAsync(cancellationToken);
            steps.AddRange(rows.OrderBy(s => s.Position).Select(s => (s.CaseId, new MetricsStep(s.ProcedureCode, s.ProcedureName, s.Department, s.State, s.CreatedAt, s.CompletedAt, s.DueAt))));
        }

        var byCase = steps.ToLookup(s => s.CaseId, s => s.Step);
        var rowsForMetrics = cases.Select(c => new MetricsCase(c.LifeEvent, c.State, c.ReceivedAt, c.CalledAt, c.ClosedAt, [.. byCase[c.Id]])).ToList();
        return MetricsCalculator.Compute(period, rowsForMetrics, time.GetUtcNow());
    }
}
