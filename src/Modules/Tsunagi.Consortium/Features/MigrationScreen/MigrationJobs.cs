using System.Collections.Concurrent;
using System.Threading.Channels;
using Tsunagi.Consortium.Features.LegacyMigration;

namespace Tsunagi.Consortium.Features.MigrationScreen;

/// <summary>
/// The queue of real runs asked for on the screen (read by <see cref="MigrationWorker"/>) and each tenant's latest status.
/// One run per tenant at a time: a second request while one is queued or running is refused.
/// </summary>
public sealed class MigrationJobs
{
    private readonly Channel<MigrationJob> _queue = Channel.CreateUnbounded<MigrationJob>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentDictionary<string, MigrationJobStatus> _status = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _finished = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    internal ChannelReader<MigrationJob> Reader => _queue.Reader;

    public bool TryEnqueue(MigrationJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        lock (_gate)
        {
            if (IsBusy(job.TenantId))
            {
                return false;
            }

            _status[job.TenantId] = new MigrationJobStatus(job.UploadId, job.FileName, job.FileRows, MigrationJobState.Queued, MigrationPhase.Validating, 0, job.FileRows);
            _finished[job.TenantId] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            return _queue.Writer.TryWrite(job);
        }
    }

    public bool IsBusy(string tenantId) => Current(tenantId) is { IsActive: true };

    /// <summary>The tenant's run in progress or the last one this server process ran; null if none.</summary>
    public MigrationJobStatus? Current(string tenantId) => _status.TryGetValue(tenantId, out var status) ? status : null;

    /// <summary>Completes when the tenant's current run has ended (at once when none is active).</summary>
    public Task WhenFinishedAsync(string tenantId) => _finished.TryGetValue(tenantId, out var done) ? done.Task : Task.CompletedTask;

    internal void Report(string tenantId, MigrationProgress progress) =>
        Update(tenantId, s => progress.Phase switch
        {
            // The validator counts rows without knowing how many there are: the dry run told us.
            MigrationPhase.Validating => s with { State = MigrationJobState.Running, Phase = progress.Phase, Done = Math.Min(progress.Done, s.FileRows), Total = s.FileRows },
            _ => s with { State = MigrationJobState.Running, Phase = progress.Phase, Done = progress.Done, Total = progress.Total },
        });

    internal void Complete(string tenantId, MigrationOutcome outcome)
    {
        Update(tenantId, s => s with
        {
            State = MigrationJobState.Completed,
            Phase = MigrationPhase.Finished,
            Done = outcome.Imported + outcome.AlreadyImported,
            Total = outcome.Imported + outcome.AlreadyImported,
            Households = outcome.Households,
            Imported = outcome.Imported,
            AlreadyImported = outcome.AlreadyImported,
        });
        Finish(tenantId);
    }

    internal void Fail(string tenantId, string message)
    {
        Update(tenantId, s => s with { State = MigrationJobState.Failed, Failure = message });
        Finish(tenantId);
    }

    private void Update(string tenantId, Func<MigrationJobStatus, MigrationJobStatus> change)
    {
        lock (_gate)
        {
            if (_status.TryGetValue(tenantId, out var status))
            {
                _status[tenantId] = change(status);
            }
        }
    }

    private void Finish(string tenantId)
    {
        if (_finished.TryGetValue(tenantId, out var done))
        {
            done.TrySetResult();
        }
    }
}
