using System.Collections.Concurrent;
using Tsunagi.Counter.Contracts;
using Tsunagi.Counter.Contracts.PreApplications;
using Tsunagi.Residents.Contracts.Notifications;

namespace Tsunagi.Counter.Tests.Cases;

/// <summary>A stand-in for the portal (another area): pre-applications kept in memory, taken once.</summary>
internal sealed class FakePreApplications : IPreApplications
{
    private readonly ConcurrentDictionary<string, PreApplicationForCounter> _open = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, Guid> Taken { get; } = new(StringComparer.Ordinal);

    public void Add(string reference, MoveInDraft draft) =>
        _open[reference] = new PreApplicationForCounter(reference, LifeEvent.MoveIn, DateTimeOffset.UnixEpoch, DateTimeOffset.MaxValue, draft, null);

    public Task<PreApplicationForCounter?> FindAsync(string reference, CancellationToken cancellationToken = default) =>
        Task.FromResult(Taken.ContainsKey(reference) ? null : _open.GetValueOrDefault(reference));

    public Task MarkTakenAsync(string reference, Guid caseId, CancellationToken cancellationToken = default)
    {
        Taken[reference] = caseId;
        return Task.CompletedTask;
    }
}
