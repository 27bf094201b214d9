namespace Tsunagi.Consortium.Features.LegacyMigration;

/// <summary>Reports on the calling thread, in order (<see cref="Progress{T}"/> posts to the thread pool and may report after the run ended).</summary>
internal sealed class SyncProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
