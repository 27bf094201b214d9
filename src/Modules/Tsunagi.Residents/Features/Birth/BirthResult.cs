namespace Tsunagi.Residents.Features.Birth;

public sealed record BirthResult(Guid HouseholdId, Guid ResidentId, bool LateNotification);
