namespace Tsunagi.Consortium.Domain.CostSharing;

/// <summary>
/// Splits a year's total: first into the three pools by the weights (largest remainder over the pools, tie to
/// 均等割, 人口割, 利用割 in that order), then each pool among the participants by largest remainder — 均等割 one key
/// each, 人口割 by stored residents, 利用割 by the usage index. Every split is exact, so the shares sum to the total.
/// </summary>
public static class CostAllocation
{
    public static Allocation Allocate(CostModel model, IReadOnlyList<Participant> participants)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(participants);
        var ordered = participants.OrderBy(p => p.Code, StringComparer.Ordinal).ToList();
        var breakdown = new CostBreakdown(
            model.PlatformFixedYen,
            model.DataCentreFixedYen,
            model.PerMemberYen * ordered.Count,
            ordered.Sum(p => model.UnitPrices.CostOf(p.Figures)));
        if (ordered.Count == 0)
        {
            return new Allocation(model.FiscalYear, breakdown, 0, 0, 0, []);
        }

        var pools = LargestRemainder.Split(breakdown.Total, [("1", model.Weights.EqualPercent), ("2", model.Weights.PopulationPercent), ("3", model.Weights.UsagePercent)]);
        var equal = LargestRemainder.Split(pools[0], [.. ordered.Select(p => (p.Code, 1L))]);
        var population = LargestRemainder.Split(pools[1], [.. ordered.Select(p => (p.Code, p.Figures.StoredResidents))]);
        var usage = LargestRemainder.Split(pools[2], [.. ordered.Select(p => (p.Code, model.UsageWeights.IndexOf(p.Figures)))]);
        var shares = ordered.Select((p, i) => new MemberShare(p.Code, equal[i], population[i], usage[i], model.StandaloneCostOf(p))).ToList();
        return new Allocation(model.FiscalYear, breakdown, pools[0], pools[1], pools[2], shares);
    }
}
