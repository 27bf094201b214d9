using Tsunagi.Counter.Contracts;
using Tsunagi.Counter.Domain.Cases;

namespace Tsunagi.Counter.Features.Metrics;

/// <summary>What the metrics read of a case: its life event, state and timestamps (no personal data).</summary>
public sealed record MetricsCase(LifeEvent LifeEvent, CaseState State, DateTimeOffset ReceivedAt, DateTimeOffset? CalledAt, DateTimeOffset? ClosedAt, IReadOnlyList<MetricsStep> Steps);
