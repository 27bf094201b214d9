using FsCheck;
using FsCheck.Fluent;
using Tsunagi.Consortium.Demo;
using Tsunagi.Consortium.Domain.CostSharing;

namespace Tsunagi.Consortium.Tests.CostSharing;

public sealed class CostAllocationTests
{
    [Fact]
    public void Shares_sum_exactly_to_the_total_in_yen_for_any_costs_weights_and_figures()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<int[]>(), ArbMap.Default.ArbFor<byte>(), ArbMap.Default.ArbFor<byte>(), (raw, a, b) =>
        {
            var equal = a % 101;
            var population = b % (101 - equal);
            var values = raw.Select(v => (long)Math.Abs(v % 5_000_000)).ToArray();
            long At(int i) => values.Length == 0 ? 0 : values[i % values.Length];
            var model = new CostModel(2026, At(0) * 10, At(1) * 7, At(2), new UnitPrices(At(3) % 500, At(4) % 300, At(5) % 100, At(6) % 3), new AllocationWeights(equal, population, 100 - equal - population), UsageWeights.Default, At(7) * 11, []);
            var participants = Enumerable.Range(0, 1 + (values.Length % 9))
                .Select(i => new Participant($"{100000 + i:D6}", new MemberFigures(At(i + 8), At(i + 9) % 9999, At(i + 10) % 9999, At(i + 11)), 100))
                .ToList();
            var allocation = CostAllocation.Allocate(model, participants);
            return allocation.Shares.Sum(s => s.Total) == allocation.Total
                && allocation.EqualPool + allocation.PopulationPool + allocation.UsagePool == allocation.Total
                && allocation.Shares.All(s => s.Total >= 0);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Weights_that_do_not_sum_to_100_are_refused_naming_the_weights()
    {
        var model = DemoCostModel.For(2026) with { Weights = new AllocationWeights(30, 50, 30) };

        var problem = Assert.Single(CostModelRules.Check(model));

        Assert.Equal("weights", problem.Field);
        Assert.Equal("配分割合：均等割・人口割・利用割の合計を100%にしてください（現在110%）。", Tsunagi.Consortium.Features.CostSharing.CostText.Message(problem, Tsunagi.Consortium.Features.CostSharing.CostText.Japanese));
    }

    [Fact]
    public void Weights_of_30_50_20_split_the_total_into_pools_of_those_proportions()
    {
        var allocation = CostAllocation.Allocate(DemoCostModel.For(2026), Members("034614", "035033", "034851"));

        Assert.Equal(allocation.Total * 30 / 100, allocation.EqualPool);
        Assert.Equal(allocation.Total / 2, allocation.PopulationPool);
        Assert.Equal(allocation.Total - allocation.EqualPool - allocation.PopulationPool, allocation.UsagePool);
    }

    [Fact]
    public void Monthly_installments_sum_to_the_yearly_share_with_leftover_yen_on_the_earliest_months()
    {
        var share = new MemberShare("034614", 1_000_001, 11, 0, 0);

        var months = MonthlyInstallments.Of(2026, share);

        Assert.Equal(share.Total, months.Sum(m => m.Total));
        Assert.Equal((2026, 4), (months[0].Year, months[0].Month));
        Assert.Equal((2027, 3), (months[11].Year, months[11].Month));
        Assert.Equal([83_334, 83_334, 83_334, 83_334, 83_334, 83_333], months.Take(6).Select(m => m.EqualPart));
    }

    internal static List<Participant> Members(params string[] codes)
    {
        var model = DemoCostModel.For(2026);
        return [.. codes.Select(c => new Participant(c, model.PlanFor(c)!.Figures!, model.PlanFor(c)!.StandaloneScalePercent))];
    }
}
