namespace Tsunagi.Residents.Features.HouseholdChange;

/// <summary>世帯変更届 as the clerk's form or an API client sends it.</summary>
public sealed class HouseholdChangeInput
{
    /// <summary><c>split</c>, <c>merge</c> or <c>head-change</c>.</summary>
    public string? Kind { get; set; }

    public string? EffectiveOn { get; set; }

    public string? NotifiedOn { get; set; }

    /// <summary>The household split (分離), joined (合併: the one that remains) or given a new head.</summary>
    public Guid? HouseholdId { get; set; }

    public int? HouseholdVersion { get; set; }

    /// <summary>合併 only: the household whose members join and which then ends.</summary>
    public Guid? OtherHouseholdId { get; set; }

    public int? OtherHouseholdVersion { get; set; }

    public IList<HouseholdMemberInput> Members { get; set; } = [];
}
