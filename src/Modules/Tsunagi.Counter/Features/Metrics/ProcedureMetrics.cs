namespace Tsunagi.Counter.Features.Metrics;

/// <summary>
/// One procedure's steps: how many, how many completed, the time from the step's creation to its completion, and how many
/// missed the SLA (completed late, or still open past it) as a count and a percentage of the steps that count (not 不要).
/// </summary>
public sealed record ProcedureMetrics(string ProcedureCode, string ProcedureName, string Department, int Steps, int Completed, TimeFigures Processing, int Overdue, double? OverduePercent);
