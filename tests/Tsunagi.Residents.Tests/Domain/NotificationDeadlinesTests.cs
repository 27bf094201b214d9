using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Tests.Domain;

public sealed class NotificationDeadlinesTests
{
    private static readonly DateOnly Day = new(2026, 11, 1);

    [Theory]
    [InlineData(ChangeKind.MoveIn, 14)]
    [InlineData(ChangeKind.MoveOut, 14)]
    [InlineData(ChangeKind.Relocation, 14)]
    [InlineData(ChangeKind.Birth, 14)]
    [InlineData(ChangeKind.Death, 7)]
    [InlineData(ChangeKind.HouseholdHeadChange, 14)]
    public void A_notification_on_the_last_day_of_its_period_is_on_time_and_the_next_day_is_late(ChangeKind kind, int days)
    {
        Assert.False(NotificationDeadlines.IsLate(kind, ChangeOrigin.Notification, Day, Day.AddDays(days)));
        Assert.True(NotificationDeadlines.IsLate(kind, ChangeOrigin.Notification, Day, Day.AddDays(days + 1)));
    }

    [Fact]
    public void A_move_out_notified_before_its_planned_day_is_not_late()
    {
        Assert.False(NotificationDeadlines.IsLate(ChangeKind.MoveOut, ChangeOrigin.Notification, Day.AddDays(10), Day));
    }

    [Fact]
    public void Ex_officio_changes_are_never_late()
    {
        Assert.False(NotificationDeadlines.IsLate(ChangeKind.Death, ChangeOrigin.ExOfficio, Day, Day.AddDays(400)));
    }
}
