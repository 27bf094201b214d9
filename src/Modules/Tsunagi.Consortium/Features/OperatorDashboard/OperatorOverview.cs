using Tsunagi.Consortium.Features.Usage;
using Tsunagi.Platform.Health;

namespace Tsunagi.Consortium.Features.OperatorDashboard;

/// <summary>Everything /operator shows. <see cref="Health"/> is null when no continuity source answers.</summary>
public sealed record OperatorOverview(
    IReadOnlyList<MemberUsage> Members,
    DateOnly MonthStart,
    DateOnly Today,
    bool DatabaseReachable,
    OperatorHealth? Health);
