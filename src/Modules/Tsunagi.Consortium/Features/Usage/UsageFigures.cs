using Tsunagi.Platform.Metering;

namespace Tsunagi.Consortium.Features.Usage;

/// <summary>One municipality's figures over a period: counts summed over its days, gauges at their highest reading.</summary>
public sealed record UsageFigures(IReadOnlyDictionary<UsageMetric, long> Values)
{
    public static UsageFigures None { get; } = new(new Dictionary<UsageMetric, long>());

    public long this[UsageMetric metric] => Values.GetValueOrDefault(metric);

    public static UsageFigures Of(IEnumerable<UsageCounter> counters) =>
        new(counters.GroupBy(c => c.Metric).ToDictionary(g => g.Key, g => g.Key.IsGauge() ? g.Max(c => c.Value) : g.Sum(c => c.Value)));
}
