namespace Tsunagi.Residents.Contracts.Notifications;

/// <summary>A 転出届 as text: who moves (identified at the counter), the planned date and where to.</summary>
public sealed record MoveOutDraft(
    string? FamilyName,
    string? GivenName,
    string? DateOfBirth,
    string? PlannedMoveOutOn,
    string? Destination,
    IReadOnlyList<PersonDraft> Members);
