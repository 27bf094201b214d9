using Tsunagi.Residents.Notifications;

namespace Tsunagi.Residents.Features.Death;

public sealed record DeathCommand(Guid HouseholdId, ResidentVersion Deceased, ResidentVersion? NewHead, DateOnly DiedOn, DateOnly NotifiedOn);
