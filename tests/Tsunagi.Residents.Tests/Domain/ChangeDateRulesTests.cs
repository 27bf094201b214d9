using FsCheck;
using FsCheck.Fluent;
using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Tests.Domain;

public sealed class ChangeDateRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateOnly Born = new(1980, 4, 1);

    [Fact]
    public void A_change_dated_in_the_future_is_rejected_with_the_date_of_change_named()
    {
        var problems = ChangeDateRules.Check(ChangeKind.Relocation, Context(new(2026, 11, 24), Today), Born, null);

        Assert.Contains(problems, p => p is { Field: "effectiveOn", ProblemKey: "Problem.FutureDate" });
    }

    [Fact]
    public void A_move_out_may_be_dated_on_its_planned_day_after_the_notification()
    {
        Assert.Empty(ChangeDateRules.Check(ChangeKind.MoveOut, Context(new(2026, 12, 10), Today), Born, new(2020, 1, 1)));
    }

    [Fact]
    public void The_head_change_that_follows_a_planned_move_out_may_be_dated_on_that_day_but_not_otherwise()
    {
        var planned = Context(new(2026, 12, 10), Today);

        Assert.Empty(ChangeDateRules.Check(ChangeKind.HouseholdHeadChange, planned with { FollowsPlannedMoveOut = true }, Born, null));
        Assert.NotEmpty(ChangeDateRules.Check(ChangeKind.HouseholdHeadChange, planned, Born, null));
    }

    [Fact]
    public void A_change_before_birth_is_rejected()
    {
        var problems = ChangeDateRules.Check(ChangeKind.Death, Context(new(1979, 1, 1), Today), Born, null);

        Assert.Contains(problems, p => p is { Field: "effectiveOn", ProblemKey: "Problem.BeforeBirth" });
    }

    [Fact]
    public void A_notified_change_dated_after_its_notification_is_rejected()
    {
        var problems = ChangeDateRules.Check(ChangeKind.Death, Context(new(2026, 11, 20), new(2026, 11, 19)), Born, null);

        Assert.Contains(problems, p => p is { Field: "effectiveOn", ProblemKey: "Problem.AfterNotifiedOn" });
    }

    [Fact]
    public void A_change_before_the_previous_change_is_rejected_naming_that_date()
    {
        var previous = new DateOnly(2026, 10, 1);

        var problems = ChangeDateRules.Check(ChangeKind.Relocation, Context(new(2026, 9, 30), Today), Born, previous);

        var problem = Assert.Single(problems);
        Assert.Equal("Problem.BeforePreviousChange", problem.ProblemKey);
        Assert.Equal(previous, problem.Arguments[0]);
    }

    [Fact]
    public void A_notification_date_in_the_future_is_rejected()
    {
        var problems = ChangeDateRules.Check(ChangeKind.MoveOut, Context(new(2026, 11, 30), new(2026, 11, 24)), Born, null);

        Assert.Contains(problems, p => p is { Field: "notifiedOn", ProblemKey: "Problem.FutureDate" });
    }

    [Fact]
    public void Any_past_change_between_birth_and_its_notification_after_the_previous_one_is_accepted()
    {
        Prop.ForAll(Gen.Choose(0, 15000).ToArbitrary(), Gen.Choose(0, 400).ToArbitrary(), (offset, delay) =>
        {
            var effective = Born.AddDays(offset);
            var notified = effective.AddDays(delay);
            var today = notified.AddDays(3);
            var context = new ChangeContext(ChangeOrigin.Notification, effective, notified, today, "staff:1", DateTimeOffset.UnixEpoch);
            return ChangeDateRules.Check(ChangeKind.Relocation, context, Born, effective).Count == 0;
        }).QuickCheckThrowOnFailure();
    }

    private static ChangeContext Context(DateOnly effectiveOn, DateOnly notifiedOn) =>
        new(ChangeOrigin.Notification, effectiveOn, notifiedOn, Today, "staff:1", DateTimeOffset.UnixEpoch);
}
