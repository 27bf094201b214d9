namespace Tsunagi.Counter.Features.Inbox;

/// <summary>A step waiting in a department's inbox: the case's number and event, the procedure, its state and SLA.</summary>
public sealed record InboxItem(Guid CaseId, string ReceptionNumber, string LifeEventName, Guid StepId, string ProcedureName, string Department, string State, string StateCode, string? StateReason, DateTimeOffset CreatedAt, DateTimeOffset DueAt, bool Overdue, int CaseVersion);
