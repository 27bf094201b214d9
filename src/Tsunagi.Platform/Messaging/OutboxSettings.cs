namespace Tsunagi.Platform.Messaging;

/// <summary>How the outbox dispatcher paces itself.</summary>
public sealed class OutboxSettings
{
    /// <summary>How often the background service looks for undelivered messages.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>At most this many messages per tenant per round, so one busy tenant cannot starve the others.</summary>
    public int BatchSize { get; set; } = 50;

    /// <summary>The wait after the first failure; doubled after each further one up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan FirstRetryDelay { get; set; } = TimeSpan.FromSeconds(10);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    public TimeSpan RetryDelayAfter(int attempts)
    {
        var exponent = Math.Clamp(attempts - 1, 0, 20);
        var delay = FirstRetryDelay * Math.Pow(2, exponent);
        return delay < MaxRetryDelay ? delay : MaxRetryDelay;
    }
}
