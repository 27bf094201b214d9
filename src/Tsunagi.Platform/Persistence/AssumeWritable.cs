namespace Tsunagi.Platform.Persistence;

/// <summary>The platform's default until a host registers a probing implementation (the Continuity module does).</summary>
public sealed class AssumeWritable : IWriteAvailability
{
    public ValueTask<WriteAvailability> CurrentAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult(WriteAvailability.Available);

    public void ReportFailure(WriteAvailability state)
    {
    }
}
