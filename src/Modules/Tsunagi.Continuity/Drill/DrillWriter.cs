using Tsunagi.Platform.Persistence;

namespace Tsunagi.Continuity.Drill;

/// <summary>
/// One writer of the drill: sends one write per key through the application (<see cref="IDrillWorkload.WriteAsync"/>) and
/// records each key in the ledger: attempted before sending, acknowledged only after the application returned success,
/// unknown when it threw <see cref="CommitOutcomeUnknownException"/>, failed otherwise.
/// </summary>
public sealed class DrillWriter(IDrillWorkload workload, DrillLedger ledger, TimeProvider time, int number)
{
    public string Partition => workload.Partitions[number % workload.Partitions.Count];

    public static string KeyFor(string partition, int writer, int sequence) =>
        FormattableString.Invariant($"drill-{partition}-w{writer:D2}-{sequence:D6}");

    public async Task RunAsync(Func<bool> keepGoing, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keepGoing);
        for (var i = 0; keepGoing() && !cancellationToken.IsCancellationRequested; i++)
        {
            if (!await WriteAsync(workload, ledger, time, Partition, KeyFor(Partition, number, i)))
            {
                // The primary is gone or not yet promoted: try again shortly with the next key.
                await Task.Delay(TimeSpan.FromMilliseconds(50), time, CancellationToken.None);
            }
        }
    }

    /// <summary>One attempt of <paramref name="key"/>, recorded in the ledger; true when acknowledged.</summary>
    public static async Task<bool> WriteAsync(IDrillWorkload workload, DrillLedger ledger, TimeProvider time, string partition, string key)
    {
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentNullException.ThrowIfNull(ledger);
        ArgumentNullException.ThrowIfNull(time);
        ledger.Attempt(key, partition);
        var sent = time.GetUtcNow();
        try
        {
            // Not cancellable: a write abandoned mid-commit would have an outcome nobody recorded.
            await workload.WriteAsync(partition, key, CancellationToken.None);
            ledger.Acknowledge(key, sent, time.GetUtcNow());
            return true;
        }
        catch (CommitOutcomeUnknownException)
        {
            ledger.MarkUnknown(key);
            return false;
        }
#pragma warning disable CA1031 // Whatever else the application threw, it reported the write as not done: that is the record.
        catch (Exception)
#pragma warning restore CA1031
        {
            ledger.MarkFailed(key);
            return false;
        }
    }
}
