namespace Tsunagi.Residents.Features.Relocation;

public sealed record RelocationResult(Guid HouseholdId, IReadOnlyList<Guid> ResidentIds, bool LateNotification);
