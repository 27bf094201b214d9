namespace Tsunagi.Counter.Domain.Cases;

/// <summary>
/// A step's state machine: 未着手 → 受付済 → 処理中 → 完了; 不要 (with a reason) from any state not yet finished;
/// 差戻し (with a reason) from 受付済 or 処理中, and back to 受付済 once the counter has fixed it. 完了 and 不要 are final.
/// A step the platform executes may go to 完了 from 未着手 (the execution is the work).
/// </summary>
public static class StepTransitions
{
    private static readonly Dictionary<StepState, StepState[]> Allowed = new()
    {
        [StepState.NotStarted] = [StepState.Accepted, StepState.NotNeeded],
        [StepState.Accepted] = [StepState.InProgress, StepState.Completed, StepState.NotNeeded, StepState.Returned],
        [StepState.InProgress] = [StepState.Completed, StepState.NotNeeded, StepState.Returned],
        [StepState.Returned] = [StepState.Accepted, StepState.NotNeeded],
        [StepState.Completed] = [],
        [StepState.NotNeeded] = [],
    };

    public static bool IsAllowed(StepState from, StepState to) => Allowed[from].Contains(to);

    public static bool IsFinished(StepState state) => state is StepState.Completed or StepState.NotNeeded;

    public static bool NeedsReason(StepState to) => to is StepState.NotNeeded or StepState.Returned;

    public static void Check(StepState from, StepState to)
    {
        if (!IsAllowed(from, to))
        {
            throw new CaseRuleException(
                "state",
                $"状態：「{CaseStateNames.Ja(from)}」の手続を「{CaseStateNames.Ja(to)}」にすることはできません。",
                $"State: a step that is {CaseStateNames.En(from)} cannot become {CaseStateNames.En(to)}.");
        }
    }
}
