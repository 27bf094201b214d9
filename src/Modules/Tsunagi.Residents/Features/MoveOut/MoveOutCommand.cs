using Tsunagi.Residents.Notifications;

namespace Tsunagi.Residents.Features.MoveOut;

/// <summary>A parsed 転出届.</summary>
public sealed record MoveOutCommand(
    Guid HouseholdId,
    IReadOnlyList<ResidentVersion> Members,
    ResidentVersion? NewHead,
    DateOnly PlannedMoveOutOn,
    DateOnly NotifiedOn,
    string DestinationAddress,
    string? DestinationMunicipalityCode);
