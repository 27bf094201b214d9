namespace Tsunagi.Counter.Features.Metrics;

/// <summary>The counter's figures for a period and area (null = every area), as of <see cref="AsOf"/>.</summary>
public sealed record CounterMetrics(
    DateOnly From,
    DateOnly To,
    string? Area,
    DateTimeOffset AsOf,
    int Cases,
    TimeFigures Waiting,
    TimeFigures Service,
    IReadOnlyList<LifeEventMetrics> LifeEvents,
    IReadOnlyList<DepartmentMetrics> Departments,
    IReadOnlyList<ProcedureMetrics> Procedures);
