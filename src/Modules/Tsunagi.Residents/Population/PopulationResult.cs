namespace Tsunagi.Residents.Population;

/// <summary>What <see cref="PopulationSeeder"/> wrote; all zero when the municipality already had a population.</summary>
public sealed record PopulationResult(bool AlreadyPopulated, int Households, int Registered, int Removed, int Changes);
