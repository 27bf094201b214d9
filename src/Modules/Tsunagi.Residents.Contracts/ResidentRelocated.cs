using Tsunagi.Platform.Messaging;

namespace Tsunagi.Residents.Contracts;

/// <summary>A resident's address changed inside the municipality (転居).</summary>
public sealed record ResidentRelocated(Guid ResidentId, Guid HouseholdId, DateOnly EffectiveOn) : IIntegrationEvent;
