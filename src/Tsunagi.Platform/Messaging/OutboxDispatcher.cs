using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Messaging;

/// <summary>
/// Delivers each tenant's undelivered outbox messages, oldest first, to the registered handlers, each
/// tenant in its own tenant scope. A message that fails stops its tenant's queue until a retry succeeds,
/// so later events are never seen before earlier ones. Rounds never overlap within a process.
/// </summary>
public sealed partial class OutboxDispatcher(
    IServiceProvider services,
    IEnumerable<IntegrationEventSubscription> subscriptions,
    IOptions<OutboxSettings> options,
    TimeProvider time,
    ILogger<OutboxDispatcher> logger) : IDisposable
{
    private readonly SemaphoreSlim _round = new(1, 1);
    private readonly ILookup<string, IntegrationEventSubscription> _handlers = subscriptions.ToLookup(s => s.EventTypeName, StringComparer.Ordinal);
    private readonly OutboxSettings _settings = options.Value;

    /// <summary>One round over every tenant; returns how many messages were marked dispatched.</summary>
    public async Task<int> DispatchOnceAsync(CancellationToken cancellationToken = default)
    {
        await _round.WaitAsync(cancellationToken);
        try
        {
            IReadOnlyList<TenantChoice> tenants;
            await using (var scope = services.CreateAsyncScope())
            {
                tenants = await scope.ServiceProvider.GetRequiredService<TenantDirectory>().AllTenantsAsync(cancellationToken);
            }

            var dispatched = 0;
            foreach (var tenant in tenants)
            {
                dispatched += await DispatchTenantAsync(tenant, cancellationToken);
            }

            return dispatched;
        }
        finally
        {
            _round.Release();
        }
    }

    public void Dispose() => _round.Dispose();

    private async Task<int> DispatchTenantAsync(TenantChoice tenant, CancellationToken cancellationToken)
    {
        var batch = await InTenantAsync(tenant, (db, ct) => db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.DispatchedAt == null)
            .OrderBy(m => m.Id)
            .Take(_settings.BatchSize)
            .ToListAsync(ct), cancellationToken);

        var dispatched = 0;
        foreach (var message in batch)
        {
            if (message.NextAttemptAt is { } notBefore && notBefore > time.GetUtcNow())
            {
                break;
            }

            var failure = await DeliverAsync(tenant, message, cancellationToken);
            await InTenantAsync(tenant, (db, ct) => RecordAttemptAsync(db, message.Id, failure, ct), cancellationToken);
            if (failure is not null)
            {
                break;
            }

            dispatched++;
        }

        return dispatched;
    }

    /// <summary>Runs every handler of the message that has no receipt yet; returns the first failure's error code.</summary>
    private async Task<string?> DeliverAsync(TenantChoice tenant, OutboxMessage message, CancellationToken cancellationToken)
    {
        foreach (var subscription in _handlers[message.Type])
        {
            try
            {
                await services.InTenantScopeAsync(tenant.TenantId, tenant.Kind, sp => HandleOnceAsync(sp, subscription, message, cancellationToken));
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var errorCode = exception.GetType().Name;
                LogHandlerFailed(logger, message.Id, subscription.HandlerName, errorCode, message.Attempts + 1);
                return errorCode;
            }
        }

        return null;
    }

    private async Task<bool> HandleOnceAsync(IServiceProvider scope, IntegrationEventSubscription subscription, OutboxMessage message, CancellationToken cancellationToken)
    {
        var db = scope.GetRequiredService<PlatformDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var handled = await db.Set<InboxReceipt>()
            .AnyAsync(r => r.MessageId == message.Id && r.HandlerName == subscription.HandlerName, cancellationToken);
        if (handled)
        {
            return false;
        }

        await subscription.DeliverAsync(scope, message.Payload, cancellationToken);
        db.Set<InboxReceipt>().Add(new InboxReceipt
        {
            TenantId = message.TenantId,
            MessageId = message.Id,
            HandlerName = subscription.HandlerName,
            HandledAt = time.GetUtcNow(),
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private async Task<bool> RecordAttemptAsync(PlatformDbContext db, Guid messageId, string? failure, CancellationToken cancellationToken)
    {
        var message = await db.Set<OutboxMessage>().FirstAsync(m => m.Id == messageId, cancellationToken);
        var now = time.GetUtcNow();
        message.Attempts++;
        if (failure is null)
        {
            message.DispatchedAt = now;
            message.NextAttemptAt = null;
        }
        else
        {
            message.LastErrorCode = failure;
            message.NextAttemptAt = now + _settings.RetryDelayAfter(message.Attempts);
        }

        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private Task<T> InTenantAsync<T>(TenantChoice tenant, Func<PlatformDbContext, CancellationToken, Task<T>> work, CancellationToken cancellationToken) =>
        services.InTenantScopeAsync(tenant.TenantId, tenant.Kind, sp => work(sp.GetRequiredService<PlatformDbContext>(), cancellationToken));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Outbox message {MessageId} failed in {Handler} with {ErrorCode} (attempt {Attempt}); retried later.")]
    private static partial void LogHandlerFailed(ILogger logger, Guid messageId, string handler, string errorCode, int attempt);
}
