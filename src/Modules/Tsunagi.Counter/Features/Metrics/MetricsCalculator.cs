using Tsunagi.Counter.Domain;
using Tsunagi.Counter.Domain.Cases;

namespace Tsunagi.Counter.Features.Metrics;

/// <summary>
/// The figures from the period's cases. Waiting = received → called (the last call: a requeued visitor waits until called
/// again); service = called → closed, closed cases only; processing = step created → completed. Steps of cancelled cases
/// are left out of the step figures (they would stay open for ever). Open steps are overdue against <c>now</c>.
/// </summary>
public static class MetricsCalculator
{
    public static CounterMetrics Compute(MetricsPeriod period, IReadOnlyList<MetricsCase> cases, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(cases);
        var lifeEvents = LifeEventNames.Events.Select(e =>
        {
            var of = cases.Where(c => c.LifeEvent == e).ToList();
            return new LifeEventMetrics(
                LifeEventNames.Api(e),
                LifeEventNames.Ja(e),
                of.Count,
                of.Count(c => c.State == CaseState.Closed),
                of.Count(c => c.State == CaseState.Cancelled),
                Waiting(of),
                Service(of));
        }).ToList();
        var steps = cases.Where(c => c.State != CaseState.Cancelled).SelectMany(c => c.Steps).ToList();
        var departments = steps.GroupBy(s => s.Department, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new DepartmentMetrics(
                g.Key,
                g.Count(s => StepTransitions.IsFinished(s.State)),
                g.Count(s => !StepTransitions.IsFinished(s.State) && now <= s.DueAt),
                g.Count(s => !StepTransitions.IsFinished(s.State) && now > s.DueAt)))
            .ToList();
        var procedures = steps.GroupBy(s => (s.ProcedureCode, s.Department))
            .OrderBy(g => g.Key.Department, StringComparer.Ordinal).ThenBy(g => g.Key.ProcedureCode, StringComparer.Ordinal)
            .Select(g => Procedure(g.ToList(), now))
            .ToList();
        return new CounterMetrics(period.From, period.To, period.Area, now, cases.Count, Waiting(cases), Service(cases), lifeEvents, departments, procedures);
    }

    /// <summary>Missed the SLA: completed after the due time, or not finished (and not 不要) and past it now.</summary>
    public static bool MissedServiceLevel(MetricsStep step, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.State switch
        {
            StepState.Completed => step.CompletedAt > step.DueAt,
            StepState.NotNeeded => false,
            _ => now > step.DueAt,
        };
    }

    private static TimeFigures Waiting(IEnumerable<MetricsCase> cases) =>
        TimeFigures.Of(cases.Where(c => c.CalledAt is not null).Select(c => c.CalledAt!.Value - c.ReceivedAt));

    private static TimeFigures Service(IEnumerable<MetricsCase> cases) =>
        TimeFigures.Of(cases.Where(c => c.State == CaseState.Closed && c.CalledAt is not null && c.ClosedAt is not null).Select(c => c.ClosedAt!.Value - c.CalledAt!.Value));

    private static ProcedureMetrics Procedure(List<MetricsStep> steps, DateTimeOffset now)
    {
        var counted = steps.Count(s => s.State != StepState.NotNeeded);
        var overdue = steps.Count(s => MissedServiceLevel(s, now));
        return new ProcedureMetrics(
            steps[0].ProcedureCode,
            steps[^1].ProcedureName,
            steps[0].Department,
            steps.Count,
            steps.Count(s => s.State == StepState.Completed),
            TimeFigures.Of(steps.Where(s => s.State == StepState.Completed && s.CompletedAt is not null).Select(s => s.CompletedAt!.Value - s.CreatedAt)),
            overdue,
            counted == 0 ? null : Math.Round(100.0 * overdue / counted, 1, MidpointRounding.AwayFromZero));
    }
}
