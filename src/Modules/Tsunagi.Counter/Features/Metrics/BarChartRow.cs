namespace Tsunagi.Counter.Features.Metrics;

/// <summary>One bar of a chart: its label and one value per series (stacked left to right).</summary>
public sealed record BarChartRow(string Label, IReadOnlyList<int> Values)
{
    public int Total => Values.Sum();
}
