namespace Tsunagi.Residents.Contracts.Notifications;

/// <summary>
/// Notifications sent to the register from another module (the one-stop counter) as drafts, checked by the register's own
/// parser and written by its own handler: the same rules, audit and events as the register's forms. The idempotency key
/// makes a repeat (the caller retrying after a failure of its own) return the first result and write nothing.
/// </summary>
public interface IRegisterNotifications
{
    /// <summary>転入届 from a draft, notified on <paramref name="notifiedOn"/>: the new household, or the problems per field (nothing written).</summary>
    Task<RegisterNotificationOutcome> MoveInAsync(MoveInDraft draft, DateOnly notifiedOn, string idempotencyKey, CancellationToken cancellationToken = default);
}
