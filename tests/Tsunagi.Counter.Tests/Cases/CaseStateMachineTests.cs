using Tsunagi.Counter.Contracts;
using Tsunagi.Counter.Domain.Cases;

namespace Tsunagi.Counter.Tests.Cases;

public sealed class CaseStateMachineTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 1, 0, 0, TimeSpan.Zero);
    private static readonly Guid Clerk = Guid.CreateVersion7();

    private static readonly (CaseState From, CaseState To)[] AllowedCaseMoves =
    [
        (CaseState.Received, CaseState.Called), (CaseState.Received, CaseState.Cancelled),
        (CaseState.Called, CaseState.InService), (CaseState.Called, CaseState.Received), (CaseState.Called, CaseState.Cancelled),
        (CaseState.InService, CaseState.AwaitingPayment), (CaseState.InService, CaseState.Closed), (CaseState.InService, CaseState.Cancelled),
        (CaseState.AwaitingPayment, CaseState.Closed), (CaseState.AwaitingPayment, CaseState.Cancelled),
    ];

    private static readonly (StepState From, StepState To)[] AllowedStepMoves =
    [
        (StepState.NotStarted, StepState.Accepted), (StepState.NotStarted, StepState.NotNeeded),
        (StepState.Accepted, StepState.InProgress), (StepState.Accepted, StepState.Completed), (StepState.Accepted, StepState.NotNeeded), (StepState.Accepted, StepState.Returned),
        (StepState.InProgress, StepState.Completed), (StepState.InProgress, StepState.NotNeeded), (StepState.InProgress, StepState.Returned),
        (StepState.Returned, StepState.Accepted), (StepState.Returned, StepState.NotNeeded),
    ];

    public static TheoryData<CaseState, CaseState> InvalidCaseMoves()
    {
        var data = new TheoryData<CaseState, CaseState>();
        foreach (var from in Enum.GetValues<CaseState>())
        {
            foreach (var to in Enum.GetValues<CaseState>().Where(to => !AllowedCaseMoves.Contains((from, to))))
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    public static TheoryData<StepState, StepState> InvalidStepMoves()
    {
        var data = new TheoryData<StepState, StepState>();
        foreach (var from in Enum.GetValues<StepState>())
        {
            foreach (var to in Enum.GetValues<StepState>().Where(to => to != StepState.NotStarted && !AllowedStepMoves.Contains((from, to))))
            {
                data.Add(from, to);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(InvalidCaseMoves))]
    public void Every_case_move_outside_the_workflow_is_refused_in_Japanese_and_changes_nothing(CaseState from, CaseState to)
    {
        var counterCase = Case(from, StepState.Completed);

        var refused = Assert.Throws<CaseRuleException>(() => counterCase.MoveTo(to, Clerk, Now));

        Assert.Equal($"状態：「{CaseStateNames.Ja(from)}」の受付を「{CaseStateNames.Ja(to)}」にすることはできません。", refused.MessageJa);
        Assert.Equal(from, counterCase.State);
        Assert.Equal(0, counterCase.Version);
    }

    [Fact]
    public void Every_allowed_case_move_succeeds_once_the_steps_are_finished_and_raises_the_version()
    {
        foreach (var (from, to) in AllowedCaseMoves)
        {
            var counterCase = Case(from, StepState.Completed);

            counterCase.MoveTo(to, Clerk, Now);

            Assert.Equal(to, counterCase.State);
            Assert.Equal(1, counterCase.Version);
        }
    }

    [Theory]
    [MemberData(nameof(InvalidStepMoves))]
    public void Every_step_move_outside_the_workflow_is_refused_in_Japanese_and_changes_nothing(StepState from, StepState to)
    {
        var counterCase = Case(CaseState.InService, from);
        var step = counterCase.Steps[0];

        var refused = Assert.Throws<CaseRuleException>(() => counterCase.MoveStep(step.Id, to, "理由", Clerk, Now));

        Assert.Equal($"状態：「{CaseStateNames.Ja(from)}」の手続を「{CaseStateNames.Ja(to)}」にすることはできません。", refused.MessageJa);
        Assert.Equal(from, step.State);
    }

    [Fact]
    public void A_step_never_goes_back_to_not_started()
    {
        foreach (var from in Enum.GetValues<StepState>())
        {
            var counterCase = Case(CaseState.InService, from);

            Assert.Throws<CaseRuleException>(() => counterCase.MoveStep(counterCase.Steps[0].Id, StepState.NotStarted, null, Clerk, Now));
        }
    }

    [Theory]
    [InlineData(StepState.NotNeeded)]
    [InlineData(StepState.Returned)]
    public void Not_needed_and_returned_need_a_reason(StepState to)
    {
        var counterCase = Case(CaseState.InService, StepState.Accepted);

        var refused = Assert.Throws<CaseRuleException>(() => counterCase.MoveStep(counterCase.Steps[0].Id, to, "  ", Clerk, Now));

        Assert.Equal($"理由：「{CaseStateNames.Ja(to)}」にするときは理由を入力してください。", refused.MessageJa);
        Assert.Equal(StepState.Accepted, counterCase.Steps[0].State);
    }

    [Theory]
    [InlineData(StepState.NotStarted)]
    [InlineData(StepState.Accepted)]
    [InlineData(StepState.InProgress)]
    [InlineData(StepState.Returned)]
    public void A_case_with_an_unfinished_step_neither_closes_nor_goes_to_payment(StepState unfinished)
    {
        var counterCase = Case(CaseState.InService, StepState.Completed);
        counterCase.Steps.Add(Step(counterCase, unfinished));

        var close = Assert.Throws<CaseRuleException>(() => counterCase.MoveTo(CaseState.Closed, Clerk, Now));
        Assert.Throws<CaseRuleException>(() => counterCase.MoveTo(CaseState.AwaitingPayment, Clerk, Now));

        Assert.Equal("手続：完了または不要（理由付き）になっていない手続が1件あります。", close.MessageJa);
        Assert.Equal(CaseState.InService, counterCase.State);
    }

    [Fact]
    public void A_case_closes_when_every_step_is_completed_or_not_needed_with_a_reason()
    {
        var counterCase = Case(CaseState.InService, StepState.InProgress);
        counterCase.Steps.Add(Step(counterCase, StepState.NotStarted));

        counterCase.MoveStep(counterCase.Steps[0].Id, StepState.Completed, null, Clerk, Now);
        counterCase.MoveStep(counterCase.Steps[1].Id, StepState.NotNeeded, "既に加入済み", Clerk, Now);
        counterCase.MoveTo(CaseState.Closed, Clerk, Now);

        Assert.Equal(CaseState.Closed, counterCase.State);
        Assert.Equal(Now, counterCase.ClosedAt);
        Assert.Equal("既に加入済み", counterCase.Steps[1].StateReason);
    }

    [Theory]
    [InlineData(CaseState.Closed)]
    [InlineData(CaseState.Cancelled)]
    public void The_steps_of_a_closed_or_cancelled_case_cannot_change(CaseState state)
    {
        var counterCase = Case(state, StepState.Accepted);

        var refused = Assert.Throws<CaseRuleException>(() => counterCase.MoveStep(counterCase.Steps[0].Id, StepState.InProgress, null, Clerk, Now));

        Assert.Equal($"状態：「{CaseStateNames.Ja(state)}」の受付の手続は変更できません。", refused.MessageJa);
    }

    private static CounterCase Case(CaseState state, StepState stepState)
    {
        var counterCase = new CounterCase { TenantId = "034614", Id = Guid.CreateVersion7(), Area = "A", ReceptionNumber = "A-001", LifeEvent = LifeEvent.MoveIn, State = state };
        counterCase.Steps.Add(Step(counterCase, stepState));
        return counterCase;
    }

    private static CaseStep Step(CounterCase counterCase, StepState state) => new()
    {
        TenantId = counterCase.TenantId,
        Id = Guid.CreateVersion7(),
        CaseId = counterCase.Id,
        Position = counterCase.Steps.Count,
        ProcedureCode = "nhi.join",
        ProcedureName = "国民健康保険 加入",
        Department = "保険年金課",
        State = state,
        StateReason = state is StepState.NotNeeded or StepState.Returned ? "理由" : null,
    };
}
