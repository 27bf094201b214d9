using System.Collections.Concurrent;

namespace Tsunagi.Continuity.Drill;

/// <summary>
/// What the writers did, key by key: attempted is recorded before the write is sent, acknowledged only after the
/// application returned success, unknown when it reported the commit's outcome unknown, failed when it reported a
/// definite failure. A key is in exactly one of acknowledged, unknown or failed once its attempt ends.
/// </summary>
public sealed class DrillLedger
{
    private readonly ConcurrentDictionary<string, string> _attempted = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (DateTimeOffset Sent, DateTimeOffset At)> _acknowledged = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _unknown = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _failed = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Attempted => [.. _attempted.Keys];

    public IReadOnlyCollection<string> Acknowledged => [.. _acknowledged.Keys];

    public IReadOnlyCollection<string> Unknown => [.. _unknown.Keys];

    public IReadOnlyCollection<string> Failed => [.. _failed.Keys];

    public void Attempt(string key, string partition) => _attempted[key] = partition;

    public void Acknowledge(string key, DateTimeOffset sent, DateTimeOffset at) => _acknowledged[key] = (sent, at);

    public void MarkUnknown(string key) => _unknown[key] = 0;

    public void MarkFailed(string key) => _failed[key] = 0;

    public string PartitionOf(string key) => _attempted[key];

    /// <summary>
    /// The first acknowledgement of a write sent after <paramref name="since"/>, for the recovery time: a commit
    /// answered by the old primary just before it died does not count as serving again.
    /// </summary>
    public DateTimeOffset? FirstAcknowledgedSentAfter(DateTimeOffset since) =>
        _acknowledged.Values.Where(a => a.Sent > since).Select(a => a.At).Order().Cast<DateTimeOffset?>().FirstOrDefault();
}
