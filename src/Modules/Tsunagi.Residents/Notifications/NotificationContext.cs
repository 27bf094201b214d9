using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Japanese;
using Tsunagi.Platform.Metering;
using Tsunagi.Platform.Persistence;
using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Notifications;

/// <summary>What every notification handler needs besides its own data: the actor, today and the clock.</summary>
public sealed class NotificationContext(IAuditActor actor, TimeProvider time, UnitOfWork unitOfWork, IUsageMeter meter)
{
    public DateOnly Today => TokyoTime.Today(time);

    /// <summary>Who acts, as changes and 職権 requests record it: <c>StaffMember:&lt;id&gt;</c> or <c>ApiClient:&lt;client id&gt;</c>.</summary>
    public DateTimeOffset RecordedAt => time.GetUtcNow();

    public string ActorId => $"{actor.Kind}:{actor.Id}";

    /// <summary>
    /// The context of one 届出 or 職権 change, built once per unit of work by every handler: so it is also where the
    /// register change is metered, counted once the unit of work commits.
    /// </summary>
    public ChangeContext For(ChangeOrigin origin, DateOnly effectiveOn, DateOnly notifiedOn, string? idempotencyKey, string? reason = null, string? approvedBy = null)
    {
        unitOfWork.OnCommitted(() => meter.Record(UsageMetric.Notifications));
        return new(origin, effectiveOn, notifiedOn, Today, ActorId, time.GetUtcNow(), reason, approvedBy, idempotencyKey);
    }
}
