using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Tsunagi.Platform.Messaging;

/// <summary>Runs a dispatch round on every tick of a timer (no busy loop); stops when the host stops.</summary>
public sealed partial class OutboxDispatcherService(
    OutboxDispatcher dispatcher,
    IOptions<OutboxSettings> options,
    TimeProvider time,
    ILogger<OutboxDispatcherService> logger) : BackgroundService
{
    private PeriodicTimer? _timer;

    /// <summary>
    /// The timer starts here rather than in <see cref="ExecuteAsync"/>, which runs on a pool thread: a tick
    /// due right after start is then never missed.
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _timer = new PeriodicTimer(options.Value.PollInterval, time);
        return base.StartAsync(cancellationToken);
    }

    public override void Dispose()
    {
        _timer?.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var timer = _timer ?? throw new InvalidOperationException("The outbox dispatcher service was not started.");
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await dispatcher.DispatchOnceAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // A database that is down or not yet migrated must not stop the host; the next tick tries again.
                    LogRoundFailed(logger, exception.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Outbox dispatch round failed with {ErrorCode}.")]
    private static partial void LogRoundFailed(ILogger logger, string errorCode);
}
