namespace Tsunagi.Residents.Features.HouseholdDetail;

/// <summary>世帯 as the API returns it: its registered members (head first) and their address, hidden under a 支援措置.</summary>
public sealed record HouseholdResponse(Guid Id, DateOnly FormedOn, string? Address, bool AddressHidden, IReadOnlyList<HouseholdMemberItem> Members);
