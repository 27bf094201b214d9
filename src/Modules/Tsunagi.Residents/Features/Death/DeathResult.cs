namespace Tsunagi.Residents.Features.Death;

public sealed record DeathResult(Guid HouseholdId, Guid ResidentId, Guid? NewHeadResidentId, bool LateNotification);
