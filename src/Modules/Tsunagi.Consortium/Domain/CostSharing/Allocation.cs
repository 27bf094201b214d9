namespace Tsunagi.Consortium.Domain.CostSharing;

/// <summary>A year's total split among the participants; the shares sum exactly to <see cref="Total"/>.</summary>
public sealed record Allocation(int FiscalYear, CostBreakdown Breakdown, long EqualPool, long PopulationPool, long UsagePool, IReadOnlyList<MemberShare> Shares)
{
    public long Total => Breakdown.Total;

    /// <summary>The simple mean of the members' savings (each member counts once, whatever its size).</summary>
    public decimal AverageSaving => Shares.Count == 0 ? 0m : Shares.Average(s => s.Saving);

    public MemberShare? ShareOf(string code) => Shares.FirstOrDefault(s => s.Code == code);
}
