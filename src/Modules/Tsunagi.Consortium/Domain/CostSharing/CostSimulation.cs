namespace Tsunagi.Consortium.Domain.CostSharing;

/// <summary>
/// What if members join or leave: the same model allocated to the current members and to the changed set, compared
/// member by member. Nothing is stored.
/// </summary>
public static class CostSimulation
{
    public static SimulationResult Run(CostModel model, IReadOnlyList<Participant> current, IReadOnlyList<Participant> joining, IReadOnlyCollection<string> leaving)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(joining);
        ArgumentNullException.ThrowIfNull(leaving);
        var before = CostAllocation.Allocate(model, current);
        var changed = current.Where(p => !leaving.Contains(p.Code))
            .Concat(joining.Where(j => current.All(p => p.Code != j.Code)))
            .ToList();
        var after = CostAllocation.Allocate(model, changed);
        var movements = before.Shares.Select(s => s.Code).Union(after.Shares.Select(s => s.Code))
            .Order(StringComparer.Ordinal)
            .Select(code => new ShareMovement(code, before.ShareOf(code), after.ShareOf(code)))
            .ToList();
        return new SimulationResult(before, after, movements);
    }
}
