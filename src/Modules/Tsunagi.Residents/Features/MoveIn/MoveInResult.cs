namespace Tsunagi.Residents.Features.MoveIn;

/// <summary>The registered household and residents, in the order the members were entered.</summary>
public sealed record MoveInResult(Guid HouseholdId, IReadOnlyList<Guid> ResidentIds, bool LateNotification);
