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
    /// Version 7 ids of one millisecond are random after the timestamp, and events raised together must keep
    /// the order they were raised in: an id not above the last one becomes the last one plus one in its
    /// random tail (as RFC 9562's monotonic counters do), never drawn again and again.
    /// </summary>
    private Guid NextId(DateTimeOffset now)
    {
        var id = Guid.CreateVersion7(now);
        if (id.CompareTo(_lastId) <= 0)
        {
            var bytes = _lastId.ToByteArray(bigEndian: true);
            for (var i = bytes.Length - 1; i > 8 && ++bytes[i] == 0; i--)
            {
                // Carry into the next byte; bytes 6 and 8 hold the version and variant and are never reached.
            }

            id = new Guid(bytes, bigEndian: true);
        }

        _lastId = id;
        return id;
    }
}
