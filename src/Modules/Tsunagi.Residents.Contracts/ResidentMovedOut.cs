using Tsunagi.Platform.Messaging;

namespace Tsunagi.Residents.Contracts;

/// <summary>A resident removed by a 転出届; <see cref="DestinationMunicipalityCode"/> is set for a move inside the consortium.</summary>
public sealed record ResidentMovedOut(Guid ResidentId, Guid HouseholdId, DateOnly EffectiveOn, string? DestinationMunicipalityCode) : IIntegrationEvent;
