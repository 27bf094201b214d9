namespace Tsunagi.Counter.Features.CaseDetail;

/// <summary>One step as the case page and the API show it.</summary>
public sealed record CaseStepView(
    Guid Id,
    string ProcedureCode,
    string ProcedureName,
    string Department,
    string SuggestionReason,
    long Fee,
    bool ExecutedByPlatform,
    string State,
    string StateCode,
    string? StateReason,
    DateTimeOffset DueAt,
    bool Overdue,
    DateTimeOffset? CompletedAt,
    Guid? ResultId,
    Guid? StaffId = null);
