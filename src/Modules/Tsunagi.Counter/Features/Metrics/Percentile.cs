namespace Tsunagi.Counter.Features.Metrics;

/// <summary>
/// Percentiles by the nearest-rank method: the p-th percentile of n sorted values is the value at rank ⌈p/100 × n⌉. Every
/// result is a time that really occurred (no interpolation), and the median of an even count is the lower middle value.
/// </summary>
public static class Percentile
{
    public static TimeSpan? NearestRank(IReadOnlyList<TimeSpan> sorted, int percent)
    {
        ArgumentNullException.ThrowIfNull(sorted);
        ArgumentOutOfRangeException.ThrowIfLessThan(percent, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);
        if (sorted.Count == 0)
        {
            return null;
        }

        var rank = (int)Math.Ceiling(percent / 100.0 * sorted.Count);
        return sorted[Math.Max(rank, 1) - 1];
    }
}
