using Tsunagi.Platform.Messaging;

namespace Tsunagi.Residents.Contracts;

/// <summary>A resident removed by death (死亡).</summary>
public sealed record ResidentDied(Guid ResidentId, Guid HouseholdId, DateOnly DateOfDeath) : IIntegrationEvent;
