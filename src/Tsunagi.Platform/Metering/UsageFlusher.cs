using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Platform.Metering;

/// <summary>
/// Writes the buffered figures, tenant by tenant in each tenant's scope. A tenant whose write fails (database
/// unreachable, degraded mode) gets its figures back in the buffer for the next round; the others are written.
/// Flushes run one at a time, so when <see cref="FlushAsync"/> returns, everything recorded before the call is stored.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "A SemaphoreSlim only needs disposing once its wait handle was asked for; the shutdown flush may run after the container disposed singletons.")]
public sealed partial class UsageFlusher(IServiceProvider services, UsageBuffer buffer, IWriteAvailability availability, ILogger<UsageFlusher> logger)
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            var taken = buffer.Take();
            if (taken.Count == 0)
            {
                return;
            }

            if (await availability.CurrentAsync(cancellationToken) != WriteAvailability.Available)
            {
                buffer.Return(taken);
                return;
            }

            foreach (var tenant in taken.GroupBy(f => (f.Key.TenantId, f.Key.Kind)))
            {
                try
                {
                    await services.InTenantScopeAsync(tenant.Key.TenantId, tenant.Key.Kind, async sp =>
                    {
                        await sp.GetRequiredService<UsageCounterStore>().WriteAsync(tenant.Select(f => (f.Key.Day, f.Key.Metric, f.Value)), CancellationToken.None);
                        return true;
                    });
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    buffer.Return(tenant);
                    LogFlushFailed(logger, tenant.Key.TenantId, ex.GetType().Name);
                }
            }
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Usage figures of tenant {TenantId} not written ({ErrorType}); kept for the next flush")]
    private static partial void LogFlushFailed(ILogger logger, string tenantId, string errorType);
}
