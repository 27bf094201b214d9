namespace Tsunagi.Residents.Features.HouseholdDetail;

public sealed record HouseholdMemberItem(Guid Id, string Name, string NameKana, string Relationship, DateOnly DateOfBirth);
