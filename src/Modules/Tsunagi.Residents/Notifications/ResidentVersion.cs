namespace Tsunagi.Residents.Notifications;

/// <summary>A resident and the version a notification was made from (a newer one makes the notification stale).</summary>
public sealed record ResidentVersion(Guid ResidentId, int Version);
