using Tsunagi.Counter.Domain.Cases;

namespace Tsunagi.Counter.Features.Metrics;

/// <summary>What the metrics read of a step: the procedure, its department, state and timestamps.</summary>
public sealed record MetricsStep(string ProcedureCode, string ProcedureName, string Department, StepState State, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt, DateTimeOffset DueAt);
