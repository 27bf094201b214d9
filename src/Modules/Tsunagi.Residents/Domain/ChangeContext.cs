namespace Tsunagi.Residents.Domain;

/// <summary>Who records a change, when it takes effect and why: everything of a change but the new record.</summary>
/// <param name="FollowsPlannedMoveOut">A change that takes effect with a 転出 notified in advance (the remaining household's new head), so it may be dated on the planned day.</param>
public sealed record ChangeContext(
    ChangeOrigin Origin,
    DateOnly EffectiveOn,
    DateOnly NotifiedOn,
    DateOnly Today,
    string ActorId,
    DateTimeOffset RecordedAt,
    string? Reason = null,
    string? ApprovedBy = null,
    string? IdempotencyKey = null,
    bool FollowsPlannedMoveOut = false);
