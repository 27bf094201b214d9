namespace Tsunagi.Counter.Features.CaseWork;

/// <summary>The case after a change: its state, the step changed (if any) and the new version (for the next change).</summary>
public sealed record CaseChanged(Guid CaseId, string ReceptionNumber, string State, int Version, Guid? StepId = null, string? StepState = null);
