using Tsunagi.Consortium.Demo;
using Tsunagi.Consortium.Domain.CostSharing;
using static Tsunagi.Consortium.Tests.CostSharing.CostAllocationTests;

namespace Tsunagi.Consortium.Tests.CostSharing;

public sealed class JoinSimulationTests
{
    private static readonly CostModel Model = DemoCostModel.For(2026);

    [Fact]
    public void The_demo_consortium_saves_14_7_percent_with_three_towns_and_22_5_percent_when_a_fourth_joins()
    {
        var result = CostSimulation.Run(Model, Members("034614", "035033", "034851"), Members(DemoCostModel.CandidateCode), []);

        Assert.Equal(14.7m, Math.Round(result.Before.AverageSaving * 100, 1));
        Assert.Equal(22.5m, Math.Round(result.After.AverageSaving * 100, 1));
    }

    [Fact]
    public void When_a_fourth_town_joins_every_existing_share_falls_every_saving_rises_and_the_newcomer_appears()
    {
        var result = CostSimulation.Run(Model, Members("034614", "035033", "034851"), Members(DemoCostModel.CandidateCode), []);

        Assert.Equal(["034614", "034843", "034851", "035033"], result.Movements.Select(m => m.Code));
        foreach (var existing in result.Movements.Where(m => m.Before is not null))
        {
            Assert.True(existing.ShareDifference < 0, existing.Code);
            Assert.True(existing.SavingDifference > 0, existing.Code);
            Assert.Equal(existing.After!.Total - existing.Before!.Total, existing.ShareDifference);
        }

        var newcomer = result.Movements.Single(m => m.Before is null);
        Assert.Equal(newcomer.After!.Total, newcomer.ShareDifference);
        Assert.Equal(result.After.Total, result.After.Shares.Sum(s => s.Total));
        Assert.Equal(58_205_251 - 55_010_583, -result.Movements[0].ShareDifference);
    }

    [Fact]
    public void A_member_leaving_raises_the_others_shares_and_leaves_with_its_whole_share_as_the_difference()
    {
        var result = CostSimulation.Run(Model, Members("034614", "035033", "034851"), [], ["034851"]);

        var leaving = result.Movements.Single(m => m.Code == "034851");
        Assert.Null(leaving.After);
        Assert.Equal(-leaving.Before!.Total, leaving.ShareDifference);
        Assert.All(result.Movements.Where(m => m.Code != "034851"), m => Assert.True(m.ShareDifference > 0));
    }
}
