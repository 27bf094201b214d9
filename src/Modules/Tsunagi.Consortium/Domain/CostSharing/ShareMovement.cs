namespace Tsunagi.Consortium.Domain.CostSharing;

/// <summary>How one municipality's share and saving move between two allocations (null where it takes no part).</summary>
public sealed record ShareMovement(string Code, MemberShare? Before, MemberShare? After)
{
    /// <summary>After − before, in yen (a joining member's whole share; minus a leaving member's).</summary>
    public long ShareDifference => (After?.Total ?? 0) - (Before?.Total ?? 0);

    /// <summary>After − before, as a ratio (percentage points ÷ 100); null unless the member is in both.</summary>
    public decimal? SavingDifference => Before is null || After is null ? null : After.Saving - Before.Saving;
}
