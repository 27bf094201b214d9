using FsCheck;
using FsCheck.Fluent;
using Tsunagi.Counter.Features.Metrics;

namespace Tsunagi.Counter.Tests.Metrics;

public sealed class PercentileTests
{
    [Fact]
    public void The_median_of_one_to_ten_minutes_is_five_and_the_p90_is_nine()
    {
        var minutes = Enumerable.Range(1, 10).Select(m => TimeSpan.FromMinutes(m)).ToList();

        Assert.Equal(TimeSpan.FromMinutes(5), Percentile.NearestRank(minutes, 50));
        Assert.Equal(TimeSpan.FromMinutes(9), Percentile.NearestRank(minutes, 90));
        Assert.Equal(TimeSpan.FromMinutes(10), Percentile.NearestRank(minutes, 100));
        Assert.Null(Percentile.NearestRank([], 50));
    }

    [Fact]
    public void A_percentile_is_a_measured_value_with_at_least_that_share_of_values_at_or_below_it()
    {
        Prop.ForAll<int[], int>((values, p) =>
        {
            var percent = (Math.Abs(p) % 100) + 1;
            var sorted = values.Select(v => TimeSpan.FromSeconds(Math.Abs((long)v))).Order().ToList();
            var result = Percentile.NearestRank(sorted, percent);
            return sorted.Count == 0
                ? result is null
                : result is { } r && sorted.Contains(r) && sorted.Count(v => v <= r) * 100 >= percent * sorted.Count && sorted.Count(v => v < r) * 100 < percent * sorted.Count;
        }).QuickCheckThrowOnFailure();
    }
}
