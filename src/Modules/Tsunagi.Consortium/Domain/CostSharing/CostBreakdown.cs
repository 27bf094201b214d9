namespace Tsunagi.Consortium.Domain.CostSharing;

/// <summary>What the year's total is made of, in yen.</summary>
public sealed record CostBreakdown(long PlatformFixedYen, long DataCentreFixedYen, long PerMemberTotalYen, long VariableYen)
{
    public long Total => PlatformFixedYen + DataCentreFixedYen + PerMemberTotalYen + VariableYen;
}
