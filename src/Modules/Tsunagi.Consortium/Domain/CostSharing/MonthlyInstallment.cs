namespace Tsunagi.Consortium.Domain.CostSharing;

/// <summary>One month's part of a member's yearly share (月割), by allocation part.</summary>
public sealed record MonthlyInstallment(int Year, int Month, long EqualPart, long PopulationPart, long UsagePart)
{
    public long Total => EqualPart + PopulationPart + UsagePart;
}
