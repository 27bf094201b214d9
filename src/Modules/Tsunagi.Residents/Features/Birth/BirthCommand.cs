using Tsunagi.Residents.Input;

namespace Tsunagi.Residents.Features.Birth;

public sealed record BirthCommand(Guid HouseholdId, int HouseholdVersion, DateOnly NotifiedOn, ParsedPerson Child);
