using System.Collections.Concurrent;

namespace Tsunagi.Continuity.Drill;

/// <summary>
/// What the writers did, key by key: attempted is recorded before the write is sent, acknowledged only after
/// COMMIT returned success, unknown when the commit's outcome could not be known (connection lost, sync wait
/// cancelled). A key is in exactly one of acknowledged, unknown or failed once its attempt ends.
/// </summary>
public sealed class DrillLedger
{
    private readonly ConcurrentDictionary<string, byte> _attempted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, DateTimeOffset> _acknowledged = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _unknown = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Attempted => [.. _attempted.Keys];

    public IReadOnlyCollection<string> Acknowledged => [.. _acknowledged.Keys];

    public IReadOnlyCollection<string> Unknown => [.. _unknown.Keys];

    public void Attempt(string key) => _attempted[key] = 0;

    public void Acknowledge(string key, DateTimeOffset at) => _acknowledged[key] = at;

    public void MarkUnknown(string key) => _unknown[key] = 0;

    /// <summary>The first acknowledgement at or after <paramref name="since"/>, for the recovery time.</summary>
    public DateTimeOffset? FirstAcknowledgedSince(DateTimeOffset since) =>
        _acknowledged.Values.Where(at => at >= since).Order().Cast<DateTimeOffset?>().FirstOrDefault();
}
