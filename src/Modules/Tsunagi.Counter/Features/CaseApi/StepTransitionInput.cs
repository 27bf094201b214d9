namespace Tsunagi.Counter.Features.CaseApi;

/// <summary>A step's next state: accepted, in-progress, completed, not-needed, returned (or 受付済 …); a reason for the last two.</summary>
public sealed class StepTransitionInput
{
    public string? State { get; set; }

    public string? Reason { get; set; }

    /// <summary>The case's version as last read: a newer one refuses the change (409).</summary>
    public int? Version { get; set; }
}
