using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Continuity.Embedded;

/// <summary>
/// Takes an embedded backup every TSUNAGI_BACKUP_INTERVAL_MINUTES when TSUNAGI_BACKUP_DIR is set and the database is SQLite. A
/// failed round is logged (the reason, never data) and shown on the operator screen; the next round tries again.
/// </summary>
public sealed partial class ScheduledBackupService(
    DatabaseSettings database, BackupSettings settings, IServiceProvider services, BackupStatus status, TimeProvider time, ILogger<ScheduledBackupService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (database.Provider != DatabaseProvider.Sqlite || settings.Directory is null)
        {
            return;
        }

        using var timer = new PeriodicTimer(settings.Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RunOnceAsync(stoppingToken);
        }
    }

    public async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            var manifest = await services.GetRequiredService<SqliteBackup>().BackupAsync(cancellationToken: cancellationToken);
            status.Succeeded(time.GetUtcNow());
            LogBackedUp(logger, manifest.FileName, manifest.SizeBytes, manifest.DurationSeconds);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or UnauthorizedAccessException or System.Data.Common.DbException)
        {
            status.Failed(time.GetUtcNow(), ex.GetType().Name);
            LogFailed(logger, ex.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Embedded backup {File} written ({Bytes} bytes, {Seconds:F2} s)")]
    private static partial void LogBackedUp(ILogger logger, string file, long bytes, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Embedded backup failed: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);
}
