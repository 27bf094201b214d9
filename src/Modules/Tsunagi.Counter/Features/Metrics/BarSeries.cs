namespace Tsunagi.Counter.Features.Metrics;

/// <summary>One series of a bar chart: its name in the legend and its fill colour (contrast ≥ 3:1 on white).</summary>
public sealed record BarSeries(string Name, string Fill);
