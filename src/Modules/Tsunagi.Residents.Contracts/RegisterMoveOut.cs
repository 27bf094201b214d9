namespace Tsunagi.Residents.Contracts;

/// <summary>転出証明書 data: its number, the planned date, the destination and who moves (records as they stood at the 転出).</summary>
public sealed record RegisterMoveOut(
    string Number,
    DateOnly IssuedOn,
    DateOnly PlannedMoveOutOn,
    string DestinationAddress,
    Guid HouseholdId,
    IReadOnlyList<RegisterPerson> Persons);
