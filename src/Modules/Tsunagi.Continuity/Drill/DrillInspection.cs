namespace Tsunagi.Continuity.Drill;

/// <summary>
/// What the new primary holds after the drill: for each key found, how many times it was written
/// (<see cref="WritesByKey"/>: a write counts once its business rows and its idempotency record are both there),
/// <see cref="Anomalies"/> (a key written twice, or half of a write without the other half), and the audit chains
/// verified (<see cref="BrokenAuditChains"/> names the tenant and the first broken link).
/// </summary>
public sealed record DrillInspection(
    IReadOnlyDictionary<string, int> WritesByKey,
    IReadOnlyList<string> Anomalies,
    int AuditChainsVerified,
    long AuditEventsVerified,
    IReadOnlyList<string> BrokenAuditChains)
{
    public IReadOnlySet<string> Present => WritesByKey.Keys.ToHashSet(StringComparer.Ordinal);

    public bool Consistent => Anomalies.Count == 0 && BrokenAuditChains.Count == 0;
}
