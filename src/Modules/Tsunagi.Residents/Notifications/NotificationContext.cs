using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Japanese;
using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Notifications;

/// <summary>What every notification handler needs besides its own data: the actor, today and the clock.</summary>
public sealed class NotificationContext(IAuditActor actor, TimeProvider time)
{
    public DateOnly Today => TokyoTime.Today(time);

    /// <summary>Who acts, as changes and 職権 requests record it: <c>StaffMember:&lt;id&gt;</c> or <c>ApiClient:&lt;client id&gt;</c>.</summary>
    public DateTimeOffset RecordedAt => time.GetUtcNow();

    public string ActorId => $"{actor.Kind}:{actor.Id}";

    public ChangeContext For(ChangeOrigin origin, DateOnly effectiveOn, DateOnly notifiedOn, string? idempotencyKey, string? reason = null, string? approvedBy = null) =>
        new(origin, effectiveOn, notifiedOn, Today, ActorId, time.GetUtcNow(), reason, approvedBy, idempotencyKey);
}
