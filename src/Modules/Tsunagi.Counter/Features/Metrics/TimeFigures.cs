namespace Tsunagi.Counter.Features.Metrics;

/// <summary>How many durations were measured and their median and 90th percentile in minutes (one decimal); null when none.</summary>
public sealed record TimeFigures(int Count, double? MedianMinutes, double? P90Minutes)
{
    public static TimeFigures Of(IEnumerable<TimeSpan> durations)
    {
        var sorted = durations.Where(d => d >= TimeSpan.Zero).Order().ToList();
        return new TimeFigures(sorted.Count, Minutes(Percentile.NearestRank(sorted, 50)), Minutes(Percentile.NearestRank(sorted, 90)));
    }

    private static double? Minutes(TimeSpan? value) => value is { } v ? Math.Round(v.TotalMinutes, 1, MidpointRounding.AwayFromZero) : null;
}
