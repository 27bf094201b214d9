namespace Tsunagi.Consortium.Domain.CostSharing;

/// <summary>
/// The consortium's cost model for one fiscal year (年度, April to March), in yen. The year's total is
/// platform + data centre + per member × members + the variable costs of every member's figures. A member's standalone
/// estimate is the single-town system cost × its scale percent (rounded half up to the yen) + the variable costs of its
/// own figures: what it would pay running the same system alone.
/// </summary>
public sealed record CostModel(
    int FiscalYear,
    long PlatformFixedYen,
    long DataCentreFixedYen,
    long PerMemberYen,
    UnitPrices UnitPrices,
    AllocationWeights Weights,
    UsageWeights UsageWeights,
    long StandaloneSystemYen,
    IReadOnlyList<MemberPlan> Members)
{
    public const int DefaultStandaloneScalePercent = 100;

    public MemberPlan? PlanFor(string code) => Members.FirstOrDefault(m => m.Code == code);

    public long StandaloneCostOf(Participant participant)
    {
        ArgumentNullException.ThrowIfNull(participant);
        var system = ((Int128)StandaloneSystemYen * participant.StandaloneScalePercent * 2 + 100) / 200;
        return (long)system + UnitPrices.CostOf(participant.Figures);
    }
}
