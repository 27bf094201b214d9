using Tsunagi.Counter.Domain.Cases;

namespace Tsunagi.Counter.Features.CasePage;

/// <summary>The moves a step's buttons offer, their API names and which cannot be undone.</summary>
public static class StepMoves
{
    public static IReadOnlyList<StepState> Targets { get; } = [StepState.Accepted, StepState.InProgress, StepState.Completed, StepState.NotNeeded, StepState.Returned];

    public static string Api(StepState to) => to switch
    {
        StepState.Accepted => "accepted",
        StepState.InProgress => "in-progress",
        StepState.Completed => "completed",
        StepState.NotNeeded => "not-needed",
        _ => "returned",
    };

    /// <summary>完了 and 不要 are final: the page asks for confirmation first.</summary>
    public static bool IsIrreversible(StepState to) => StepTransitions.IsFinished(to);
}
