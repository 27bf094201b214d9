namespace Tsunagi.Consortium.Domain.CostSharing;

/// <summary>The consortium's allocation rule: percentages of the total split 均等割 (equally), 人口割 (by stored residents) and 利用割 (by usage). They sum to 100.</summary>
public sealed record AllocationWeights(int EqualPercent, int PopulationPercent, int UsagePercent)
{
    public bool SumsToHundred => EqualPercent + PopulationPercent + UsagePercent == 100;
}
