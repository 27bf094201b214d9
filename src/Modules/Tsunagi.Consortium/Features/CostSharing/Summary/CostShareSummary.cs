namespace Tsunagi.Consortium.Features.CostSharing.Summary;

/// <summary>For the operator dashboard: a year's total, each member's share and saving, and the average saving.</summary>
public sealed record CostShareSummary(int FiscalYear, long TotalYen, decimal AverageSaving, IReadOnlyList<CostShareSummaryLine> Members);
