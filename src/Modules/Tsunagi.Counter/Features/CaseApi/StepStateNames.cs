using Tsunagi.Counter.Domain.Cases;

namespace Tsunagi.Counter.Features.CaseApi;

/// <summary>The step states a client or form may ask for, by API name or Japanese name.</summary>
public static class StepStateNames
{
    private static readonly (StepState State, string Api)[] Targets =
    [
        (StepState.Accepted, "accepted"),
        (StepState.InProgress, "in-progress"),
        (StepState.Completed, "completed"),
        (StepState.NotNeeded, "not-needed"),
        (StepState.Returned, "returned"),
    ];

    public static StepState? Parse(string? text)
    {
        var value = text?.Trim();
        foreach (var (state, api) in Targets)
        {
            if (string.Equals(value, api, StringComparison.OrdinalIgnoreCase) || value == CaseStateNames.Ja(state))
            {
                return state;
            }
        }

        return null;
    }
}
