using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Portal.Features.Purge;

/// <summary>Runs <see cref="PortalPurge"/> for every active municipality once a day (first round ten minutes after start).</summary>
public sealed partial class PortalPurgeService(IServiceProvider services, IConfiguration configuration, TimeProvider time, ILogger<PortalPurgeService> logger) : BackgroundService
{
    /// <summary>Configuration key; <c>false</c> turns the timer off (tests, or a deployment that runs the purge from cron).</summary>
    public const string ScheduleSetting = "Portal:Purge:Scheduled";

    public static readonly TimeSpan Interval = TimeSpan.FromDays(1);

    /// <summary>One round over all towns; public so tests and operators can run it without waiting for the timer.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        List<string> codes;
        await using (var scope = services.CreateAsyncScope())
        {
            codes = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Municipalities.AsNoTracking()
                .Where(m => m.Status != MunicipalityStatus.Deactivated)
                .Select(m => m.Code)
                .ToListAsync(cancellationToken);
        }

        var purged = 0;
        foreach (var code in codes)
        {
            purged += await services.InTenantScopeAsync(code, TenantKind.Municipality, sp => sp.GetRequiredService<PortalPurge>().RunAsync(cancellationToken));
        }

        return purged;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (string.Equals(configuration[ScheduleSetting], "false", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(10), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                timer.Period = Interval;
                try
                {
                    LogPurged(logger, await RunOnceAsync(stoppingToken));
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogPurgeFailed(logger, ex.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Portal purge: {Count} pre-applications' personal data deleted")]
    private static partial void LogPurged(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Portal purge round failed ({ErrorType}); retried tomorrow")]
    private static partial void LogPurgeFailed(ILogger logger, string errorType);
}
