namespace Tsunagi.Continuity.Embedded;

/// <summary>The outcome of the latest scheduled backup in this process, for the operator screen (the copies themselves are listed from their manifests).</summary>
public sealed class BackupStatus
{
    private readonly Lock _gate = new();

    public DateTimeOffset? LastAttemptAt { get; private set; }

    public string? LastFailure { get; private set; }

    public void Succeeded(DateTimeOffset at)
    {
        lock (_gate)
        {
            LastAttemptAt = at;
            LastFailure = null;
        }
    }

    public void Failed(DateTimeOffset at, string reason)
    {
        lock (_gate)
        {
            LastAttemptAt = at;
            LastFailure = reason;
        }
    }
}
