using Tsunagi.Platform.Messaging;

namespace Tsunagi.Residents.Contracts;

/// <summary>A resident removed ex officio (職権消除) after a second staff member approved it.</summary>
public sealed record ResidentRemovedExOfficio(Guid ResidentId, Guid HouseholdId, DateOnly EffectiveOn) : IIntegrationEvent;
