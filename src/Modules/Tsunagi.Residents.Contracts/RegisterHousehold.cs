namespace Tsunagi.Residents.Contracts;

/// <summary>A household as of a day: its members on the register that day, head first.</summary>
public sealed record RegisterHousehold(Guid HouseholdId, DateOnly AsOf, IReadOnlyList<RegisterPerson> Members);
