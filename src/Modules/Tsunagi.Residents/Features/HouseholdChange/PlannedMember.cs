using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Features.HouseholdChange;

/// <summary>A resident whose record a 世帯変更 changes, and the household and 続柄 it will record.</summary>
public sealed record PlannedMember(Resident Resident, Guid HouseholdId, string Relationship);
