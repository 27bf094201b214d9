using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Certificates.Data.LegacySettings;

/// <summary>
/// At start-up, before the server takes requests, moves every municipality's former fee table and certificate settings into
/// settings (see <see cref="LegacySettingsMover"/>). A database that takes no writes (a standby) is left alone; the next
/// start on a writable database does it. Once every deployment has moved, a later migration drops the empty legacy tables.
/// </summary>
public sealed partial class LegacySettingsMigration(IServiceProvider services, ILogger<LegacySettingsMigration> logger) : IHostedService
{
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        List<string> codes;
        await using (var scope = services.CreateAsyncScope())
        {
            if (await scope.ServiceProvider.GetRequiredService<IWriteAvailability>().CurrentAsync(cancellationToken) != WriteAvailability.Available)
            {
                return 0;
            }

            codes = await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().Municipalities.AsNoTracking().Select(m => m.Code).ToListAsync(cancellationToken);
        }

        var moved = 0;
        foreach (var code in codes)
        {
            moved += await services.InTenantScopeAsync(code, TenantKind.Municipality, sp => sp.GetRequiredService<LegacySettingsMover>().MoveAsync(cancellationToken));
        }

        return moved;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (await RunOnceAsync(cancellationToken) is > 0 and var moved)
            {
                LogMoved(logger, moved);
            }
        }
        catch (Exception ex) when (ex is DbUpdateException or System.Data.Common.DbException or InvalidOperationException)
        {
            LogFailed(logger, ex.GetType().Name);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Moved {Count} certificate setting versions from the legacy tables into settings")]
    private static partial void LogMoved(ILogger logger, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Moving the legacy certificate settings failed ({ErrorType}); retried at the next start")]
    private static partial void LogFailed(ILogger logger, string errorType);
}
