namespace Tsunagi.Consortium.Domain.CostSharing;

/// <summary>The allocations before and after a change of membership, and every municipality's movement.</summary>
public sealed record SimulationResult(Allocation Before, Allocation After, IReadOnlyList<ShareMovement> Movements);
