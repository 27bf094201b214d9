namespace Tsunagi.Counter.Domain.Cases;

/// <summary>
/// The case's state machine: 受付済 → 呼出中 → 対応中 → 会計待ち → 完了, 対応中 → 完了 when nothing is to be paid,
/// 呼出中 → 受付済 when the visitor did not come (back in the queue), and 取消 from any open state.
/// </summary>
public static class CaseTransitions
{
    private static readonly Dictionary<CaseState, CaseState[]> Allowed = new()
    {
        [CaseState.Received] = [CaseState.Called, CaseState.Cancelled],
        [CaseState.Called] = [CaseState.InService, CaseState.Received, CaseState.Cancelled],
        [CaseState.InService] = [CaseState.AwaitingPayment, CaseState.Closed, CaseState.Cancelled],
        [CaseState.AwaitingPayment] = [CaseState.Closed, CaseState.Cancelled],
        [CaseState.Closed] = [],
        [CaseState.Cancelled] = [],
    };

    public static bool IsAllowed(CaseState from, CaseState to) => Allowed[from].Contains(to);

    public static bool IsOpen(CaseState state) => state is not (CaseState.Closed or CaseState.Cancelled);

    public static void Check(CaseState from, CaseState to)
    {
        if (!IsAllowed(from, to))
        {
            throw new CaseRuleException(
                "state",
                $"状態：「{CaseStateNames.Ja(from)}」の受付を「{CaseStateNames.Ja(to)}」にすることはできません。",
                $"State: a case that is {CaseStateNames.En(from)} cannot become {CaseStateNames.En(to)}.");
        }
    }
}
