namespace Tsunagi.Continuity.Drill;

/// <summary>
/// The application whose writes the drill puts through a disaster. The drill engine knows the cluster and the faults;
/// the workload knows the application: it installs it on the primary, sends one write per key through the
/// application's own code (with the key as its idempotency key), follows the primary when it moves, and says which
/// keys the new primary holds. A module cannot know the others (ADR 0001), so the host supplies it.
/// </summary>
public interface IDrillWorkload : IAsyncDisposable
{
    /// <summary>The tenants written to; the writers are spread across them.</summary>
    IReadOnlyList<string> Partitions { get; }

    /// <summary>Creates the application's database on the primary (superuser connection), migrates, seeds and connects to it.</summary>
    Task PrepareAsync(string administratorConnection, CancellationToken cancellationToken);

    /// <summary>Points the application's data source at the node of <paramref name="administratorConnection"/> (after a promotion).</summary>
    Task RepointAsync(string administratorConnection, CancellationToken cancellationToken);

    /// <summary>
    /// One write with <paramref name="key"/> as its idempotency key. Returns when the application acknowledged it;
    /// throws <see cref="Tsunagi.Platform.Persistence.CommitOutcomeUnknownException"/> when its outcome is unknown;
    /// any other exception is a definite failure (nothing was written).
    /// </summary>
    Task WriteAsync(string partition, string key, CancellationToken cancellationToken);

    /// <summary>What the current primary holds: the keys written, keys written more than once, and every tenant's audit chain.</summary>
    Task<DrillInspection> InspectAsync(CancellationToken cancellationToken);
}
