using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Japanese;
using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Notifications;

/// <summary>What every notification handler needs besides its own data: the actor, today and the clock.</summary>
public sealed class NotificationContext(IAuditActor actor, TimeProvider time)
{
    public DateOnly Today => TokyoTime.Today(time);

    public ChangeContext For(ChangeOrigin origin, DateOnly effectiveOn, DateOnly notifiedOn, string? idempotencyKey, string? reason = null, string? approvedBy = null) =>
        new(origin, effectiveOn, notifiedOn, Today, $"{actor.Kind}:{actor.Id}", time.GetUtcNow(), reason, approvedBy, idempotencyKey);
}
