using Tsunagi.Platform.Messaging;

namespace Tsunagi.Residents.Contracts;

/// <summary>Residents registered by a 転入届 (one event per person; the household is shared).</summary>
public sealed record ResidentMovedIn(Guid ResidentId, Guid HouseholdId, DateOnly EffectiveOn, bool FromAbroad) : IIntegrationEvent;
