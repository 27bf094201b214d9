using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Population;

/// <summary>A generated person: the resident, its changes in order, and its 個人番号 still to be encrypted.</summary>
public sealed record GeneratedResident(Resident Resident, IReadOnlyList<ResidencyChange> Changes, string IndividualNumber);
