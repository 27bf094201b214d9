using Tsunagi.Consortium.Features.CostSharing.Summary;
using Tsunagi.Consortium.Features.Usage;
using Tsunagi.Platform.Health;

namespace Tsunagi.Consortium.Features.OperatorDashboard;

/// <summary>Everything /operator shows. <see cref="Health"/> is null when no continuity source answers; <see cref="CostShares"/> when the current 年度 has no cost model.</summary>
public sealed record OperatorOverview(
    IReadOnlyList<MemberUsage> Members,
    DateOnly MonthStart,
    DateOnly Today,
    bool DatabaseReachable,
    OperatorHealth? Health,
    CostShareSummary? CostShares);
