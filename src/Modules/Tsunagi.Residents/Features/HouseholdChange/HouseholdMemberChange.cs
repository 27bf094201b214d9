namespace Tsunagi.Residents.Features.HouseholdChange;

/// <summary>A parsed member line: <see cref="Index"/> is its position in the request, for naming problems.</summary>
public sealed record HouseholdMemberChange(int Index, Guid ResidentId, int Version, string Relationship, bool Leaves);
