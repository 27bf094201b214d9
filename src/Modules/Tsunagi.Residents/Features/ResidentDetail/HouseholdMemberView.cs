namespace Tsunagi.Residents.Features.ResidentDetail;

/// <summary>A registered member of the person's household, with 続柄 to its head.</summary>
public sealed record HouseholdMemberView(Guid Id, string Name, string NameKana, string Relationship, DateOnly DateOfBirth);
