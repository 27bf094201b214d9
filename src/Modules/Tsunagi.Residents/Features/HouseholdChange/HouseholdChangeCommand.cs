namespace Tsunagi.Residents.Features.HouseholdChange;

/// <summary>A parsed 世帯変更届.</summary>
public sealed record HouseholdChangeCommand(
    HouseholdChangeKind Kind,
    DateOnly EffectiveOn,
    DateOnly NotifiedOn,
    Guid HouseholdId,
    int HouseholdVersion,
    Guid? OtherHouseholdId,
    int? OtherHouseholdVersion,
    IReadOnlyList<HouseholdMemberChange> Members);
