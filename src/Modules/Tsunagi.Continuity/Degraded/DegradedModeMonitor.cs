using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Continuity.Degraded;

/// <summary>Checks write availability on a timer, logs each change of state, and appends spooled audit events once writes are back.</summary>
public sealed partial class DegradedModeMonitor(IWriteAvailability availability, AuditSpool spool, IServiceProvider services, TimeProvider time, ILogger<DegradedModeMonitor> logger) : BackgroundService
{
    private WriteAvailability _last = WriteAvailability.Available;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(DatabaseWriteAvailability.CachePeriod, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await CheckOnceAsync(stoppingToken);
        }
    }

    public async Task CheckOnceAsync(CancellationToken cancellationToken)
    {
        var state = await availability.CurrentAsync(cancellationToken);
        if (state != _last)
        {
            LogStateChanged(logger, _last, state);
            _last = state;
        }

        if (state == WriteAvailability.Available && spool.HasPending)
        {
            LogReplayed(logger, await spool.ReplayAsync(services, cancellationToken));
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Write availability changed from {Previous} to {Current}")]
    private static partial void LogStateChanged(ILogger logger, WriteAvailability previous, WriteAvailability current);

    [LoggerMessage(Level = LogLevel.Information, Message = "Appended {Count} spooled audit events to their chains")]
    private static partial void LogReplayed(ILogger logger, int count);
}
