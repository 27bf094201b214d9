namespace Tsunagi.Residents.Features.HouseholdChange;

/// <summary>
/// What a 世帯変更 did: the household acted on, the household a split formed or the household a merge ended,
/// and the residents whose records changed (each with a new residency change).
/// </summary>
public sealed record HouseholdChangeResult(
    string Kind,
    Guid HouseholdId,
    Guid? NewHouseholdId,
    Guid? EndedHouseholdId,
    IReadOnlyList<Guid> ChangedResidentIds,
    bool LateNotification);
