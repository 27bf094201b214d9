using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Metering;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Consortium.Features.Usage;

/// <summary>
/// Takes the daily gauges: shortly after start-up and then every hour, each municipality that has no reading for
/// today gets one for today, and yesterday's is taken again so its active staff covers the whole day.
/// </summary>
public sealed partial class UsageSnapshotService(IServiceProvider services, TimeProvider time, ILogger<UsageSnapshotService> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromHours(1);

    /// <summary>One round; public so tests and the CLI can run it without waiting for the timer.</summary>
    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        var today = TokyoTime.Today(time);
        List<string> codes;
        await using (var scope = services.CreateAsyncScope())
        {
            // The directory of municipalities is reference data: no tenant needed to list it.
            codes = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Municipalities.AsNoTracking()
                .Where(m => m.Status != MunicipalityStatus.Deactivated)
                .Select(m => m.Code)
                .ToListAsync(cancellationToken);
        }

        foreach (var code in codes)
        {
            await services.InTenantScopeAsync(code, TenantKind.Municipality, async sp =>
            {
                var db = sp.GetRequiredService<PlatformDbContext>();
                if (!await db.UsageCounters.AnyAsync(c => c.Day == today && c.Metric == UsageMetric.StoredResidents, cancellationToken))
                {
                    var snapshot = sp.GetRequiredService<UsageSnapshot>();
                    await snapshot.TakeAsync(today.AddDays(-1), cancellationToken);
                    await snapshot.TakeAsync(today, cancellationToken);
                }

                return true;
            });
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // The first round waits a minute: the database may still be migrating when the host starts.
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                timer.Period = Interval;
                try
                {
                    await RunOnceAsync(stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    LogSnapshotFailed(logger, ex.GetType().Name);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Usage snapshot round failed ({ErrorType}); retried in an hour")]
    private static partial void LogSnapshotFailed(ILogger logger, string errorType);
}
