using Microsoft.Extensions.Time.Testing;
using Tsunagi.Platform.Japanese;

namespace Tsunagi.Platform.Tests.Japanese;

public sealed class TokyoTimeTests
{
    [Fact]
    public void A_Tokyo_day_starts_at_15_00_UTC_of_the_day_before()
    {
        Assert.Equal(new DateTimeOffset(2025, 11, 22, 15, 0, 0, TimeSpan.Zero), TokyoTime.StartOfDay(new DateOnly(2025, 11, 23)));
    }

    [Fact]
    public void An_instant_is_shown_nine_hours_ahead_of_UTC_all_year()
    {
        Assert.Equal(new DateTime(2026, 1, 1, 8, 59, 0), TokyoTime.ToTokyo(new DateTimeOffset(2025, 12, 31, 23, 59, 0, TimeSpan.Zero)).DateTime);
        Assert.Equal(TimeSpan.FromHours(9), TokyoTime.ToTokyo(new DateTimeOffset(2026, 7, 1, 0, 0, 0, TimeSpan.Zero)).Offset);
    }

    [Fact]
    public void Today_is_the_Tokyo_date_even_while_UTC_is_still_on_the_day_before()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 22, 15, 30, 0, TimeSpan.Zero));
        Assert.Equal(new DateOnly(2026, 11, 23), TokyoTime.Today(time));
    }
}
