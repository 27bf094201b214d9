using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Tsunagi.Continuity.Verification;

/// <summary>
/// Verifies the newest backup every day at Continuity:Verification:Schedule (02:30 Asia/Tokyo by default; off disables it). The
/// result is stored for the operator screen; a failure is logged with the backup label and counts only, never data.
/// </summary>
public sealed partial class ScheduledVerificationService(VerificationSettings settings, IServiceProvider services, TimeProvider time, ILogger<ScheduledVerificationService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (settings.DailyAt is not { } dailyAt)
        {
            return;
        }

        // Due times count from the start, so a clock moved before the first wait runs the round at once instead of skipping it.
        var from = time.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            var due = VerificationSchedule.NextAfter(from, dailyAt);
            var wait = due - time.GetUtcNow();
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time, stoppingToken);
            }

            await RunOnceAsync(stoppingToken);
            from = due;
        }
    }

    internal async Task RunOnceAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<BackupVerifier>().VerifyLatestAsync("schedule", cancellationToken: cancellationToken);
        if (result.Passed)
        {
            LogPassed(logger, result.BackupLabel, result.TablesCompared, result.TenantsVerified, result.DurationSeconds);
        }
        else
        {
            LogFailed(logger, result.BackupLabel, result.Findings.Split('\n').Count(f => f.StartsWith("NG", StringComparison.Ordinal)));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Backup {Label} verified: {Tables} tables, {Tenants} audit chains, {Seconds:F1} s")]
    private static partial void LogPassed(ILogger logger, string label, int tables, int tenants, double seconds);

    [LoggerMessage(Level = LogLevel.Error, Message = "Backup verification FAILED for {Label}: {Problems} problem(s); see /operator/continuity")]
    private static partial void LogFailed(ILogger logger, string label, int problems);
}
