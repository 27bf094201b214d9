using System.Collections.Concurrent;

namespace Tsunagi.Platform.Tests.Messaging;

/// <summary>What the recording handler saw, in order, and the faults it should raise (a singleton per test database).</summary>
public sealed class HandledEvents
{
    private readonly ConcurrentQueue<HandledEvent> _handled = new();
    private readonly ConcurrentDictionary<int, int> _faults = new();
    private readonly TaskCompletionSource _first = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when the first event has been handled (for the background service, which the test cannot await).</summary>
    public Task FirstHandled => _first.Task;

    public IReadOnlyList<HandledEvent> All => [.. _handled];

    public IReadOnlyList<int> NumbersOf(string tenantId) => [.. _handled.Where(h => h.TenantId == tenantId).Select(h => h.Number)];

    /// <summary>The handler throws for event <paramref name="number"/> this many times before it succeeds.</summary>
    public void FailFor(int number, int times) => _faults[number] = times;

    internal bool ShouldFail(int number) =>
        _faults.TryGetValue(number, out var remaining) && remaining > 0 && _faults.TryUpdate(number, remaining - 1, remaining);

    internal void Add(HandledEvent handled)
    {
        _handled.Enqueue(handled);
        _first.TrySetResult();
    }
}
