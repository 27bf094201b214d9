using System.Text.Json;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Messaging;

/// <summary>
/// The one way to publish an integration event. <see cref="Add"/> puts the message into the caller's unit
/// of work, so it commits in the same transaction as the change, or not at all (like <c>AuditTrail.AppendAsync</c>).
/// </summary>
public sealed class Outbox(PlatformDbContext db, ITenantContext tenant, TimeProvider time)
{
    private Guid _lastId;

    private DateTimeOffset _lastTimestamp = DateTimeOffset.UnixEpoch;

    public OutboxMessage Add<TEvent>(TEvent integrationEvent)
        where TEvent : class, IIntegrationEvent
    {
        ArgumentNullException.ThrowIfNull(integrationEvent);
        var type = integrationEvent.GetType();
        var now = time.GetUtcNow();
        var message = new OutboxMessage
        {
            TenantId = tenant.TenantId,
            Id = NextId(now),
            Type = IntegrationEventNames.Of(type),
            Payload = JsonSerializer.Serialize(integrationEvent, type, IntegrationEventNames.Json),
            OccurredAt = now,
        };
        db.Set<OutboxMessage>().Add(message);
        return message;
    }

    /// <summary>
    /// Version 7 ids of one millisecond are random after the timestamp; events raised together must keep
    /// the order they were raised in, so an id not above the last one is drawn again (never from an
    /// earlier instant than the last, should the clock step back).
    /// </summary>
    private Guid NextId(DateTimeOffset now)
    {
        if (now > _lastTimestamp)
        {
            _lastTimestamp = now;
        }

        Guid id;
        do
        {
            id = Guid.CreateVersion7(_lastTimestamp);
        }
        while (id.CompareTo(_lastId) <= 0);

        _lastId = id;
        return id;
    }
}
