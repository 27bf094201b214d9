using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Population;

/// <summary>A household made by <see cref="PopulationGenerator"/>, with each member's history as the domain recorded it.</summary>
public sealed record GeneratedHousehold(Household Household, IReadOnlyList<GeneratedResident> Members);
