namespace Tsunagi.Counter.Features.CaseList;

/// <summary>A case in a list: number, event, state and progress only (no personal data).</summary>
public sealed record CaseSummary(Guid Id, string ReceptionNumber, string Area, string LifeEvent, string LifeEventName, string State, string StateCode, DateTimeOffset ReceivedAt, int StepCount, int StepsFinished);
