using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Notifications;

namespace Tsunagi.Residents.Features.Relocation;

public sealed record RelocationCommand(Guid HouseholdId, IReadOnlyList<ResidentVersion> Members, DateOnly MovedOn, DateOnly NotifiedOn, Address Address);
