namespace Tsunagi.Consortium.Domain.CostSharing;

/// <summary>One member's share of a year's total: its 均等割, 人口割 and 利用割 parts, their sum, its standalone estimate and its saving.</summary>
public sealed record MemberShare(string Code, long EqualPart, long PopulationPart, long UsagePart, long StandaloneYen)
{
    public long Total => EqualPart + PopulationPart + UsagePart;

    /// <summary>(standalone − share) ÷ standalone; zero when there is no standalone estimate.</summary>
    public decimal Saving => StandaloneYen == 0 ? 0m : (StandaloneYen - Total) / (decimal)StandaloneYen;
}
