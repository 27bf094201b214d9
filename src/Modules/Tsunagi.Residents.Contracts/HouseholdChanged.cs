using Tsunagi.Platform.Messaging;

namespace Tsunagi.Residents.Contracts;

/// <summary>A household was split, merged or given a new head (世帯変更); <see cref="Kind"/> is split, merge or head-change.</summary>
public sealed record HouseholdChanged(Guid HouseholdId, string Kind, IReadOnlyList<Guid> ResidentIds, DateOnly EffectiveOn) : IIntegrationEvent;
