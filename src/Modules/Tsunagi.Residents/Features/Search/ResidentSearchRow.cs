using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Features.Search;

/// <summary>
/// One person in the results. <see cref="Address"/> is null when a 支援措置 hides it from this viewer
/// (<see cref="AddressHidden"/>); <see cref="HouseholdHeadName"/> is null when the household has no registered head.
/// </summary>
public sealed record ResidentSearchRow(
    Guid Id,
    string Name,
    string NameKana,
    DateOnly DateOfBirth,
    Sex Sex,
    string? Address,
    bool AddressHidden,
    Guid HouseholdId,
    string? HouseholdHeadName,
    ResidentStatus Status,
    bool UnderSupportMeasure,
    bool ForeignResident);
