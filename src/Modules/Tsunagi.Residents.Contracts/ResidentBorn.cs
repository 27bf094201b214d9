using Tsunagi.Platform.Messaging;

namespace Tsunagi.Residents.Contracts;

/// <summary>A child entered in the register by birth (出生).</summary>
public sealed record ResidentBorn(Guid ResidentId, Guid HouseholdId, DateOnly DateOfBirth) : IIntegrationEvent;
