namespace Tsunagi.Residents.Contracts.LegacyImport;

/// <summary>One 世帯 of the legacy file with all its members (exactly one of them 世帯主).</summary>
public sealed record LegacyHousehold(string LegacyHouseholdId, IReadOnlyList<LegacyPerson> Members)
{
    public const string HeadRelationship = "世帯主";
}
