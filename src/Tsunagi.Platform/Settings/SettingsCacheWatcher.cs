using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Platform.Settings;

/// <summary>
/// Keeps the caches of several instances honest. The outbox delivers <c>SettingChanged</c> once, on one instance, so
/// every instance also counts the rows of <c>setting_values</c> each <see cref="SettingsCacheOptions.PollInterval"/>:
/// the table is append-only, so a new count means a write somewhere and the whole cache is dropped (ADR 0014).
/// </summary>
public sealed partial class SettingsCacheWatcher(
    IServiceScopeFactory scopes,
    SettingsCache cache,
    IOptions<SettingsCacheOptions> options,
    TimeProvider time,
    ILogger<SettingsCacheWatcher> logger) : BackgroundService
{
    private long? _lastCount;

    /// <summary>One check; returns true when the cache was dropped.</summary>
    public async Task<bool> CheckOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var count = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().SettingValues.LongCountAsync(cancellationToken);
        var changed = _lastCount is { } last && last != count;
        _lastCount = count;
        if (changed)
        {
            cache.Clear();
        }

        return changed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await CheckOnceAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    // A database that is down or not yet migrated must not stop the host; the next tick tries again.
                    LogCheckFailed(logger, exception.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Settings cache check failed with {ErrorCode}.")]
    private static partial void LogCheckFailed(ILogger logger, string errorCode);
}
