using Microsoft.Extensions.Time.Testing;
using Tsunagi.Counter.Domain.Cases;
using Tsunagi.Counter.Features.Metrics;

namespace Tsunagi.Counter.Tests.Metrics;

public sealed class MetricsPeriodTests
{
    [Fact]
    public void Without_dates_the_period_is_this_month_in_Tokyo_so_far()
    {
        var lastSecondOfNovember = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 14, 59, 59, TimeSpan.Zero));
        var firstOfDecember = new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 15, 0, 0, TimeSpan.Zero));

        Assert.Equal(new MetricsPeriod(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30), null), MetricsPeriod.Parse(null, "", " ", lastSecondOfNovember));
        Assert.Equal(new MetricsPeriod(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 1), null), MetricsPeriod.Parse(null, null, null, firstOfDecember));
    }

    [Fact]
    public void A_period_of_366_days_is_accepted_and_one_day_more_is_refused()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateOnly(2026, 10, 31), MetricsPeriod.Parse("2025-10-31", "2026-10-31", "A", time).To);
        var refused = Assert.Throws<CaseRuleException>(() => MetricsPeriod.Parse("2025-10-30", "2026-10-31", null, time));

        Assert.Equal("期間（終了）：期間は366日以内で指定してください。", refused.MessageJa);
    }

    [Theory]
    [InlineData("2026-11-31", "2026-11-30", null, "from", "期間（開始）：2026-11-01 の形で入力してください。")]
    [InlineData("2026-11-10", "2026-11-09", null, "to", "期間（終了）：開始日より前の日付は指定できません。")]
    [InlineData(null, null, "Z", "area", "窓口：一覧から選んでください。")]
    public void A_bad_filter_is_refused_naming_the_field(string? from, string? to, string? area, string field, string message)
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero));

        var refused = Assert.Throws<CaseRuleException>(() => MetricsPeriod.Parse(from, to, area, time));

        Assert.Equal(field, Assert.Single(refused.Problems).Field);
        Assert.Equal(message, refused.MessageJa);
    }
}
