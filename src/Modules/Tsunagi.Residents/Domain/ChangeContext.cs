namespace Tsunagi.Residents.Domain;

/// <summary>Who records a change, when it takes effect and why: everything of a change but the new record.</summary>
public sealed record ChangeContext(
    ChangeOrigin Origin,
    DateOnly EffectiveOn,
    DateOnly NotifiedOn,
    DateOnly Today,
    string ActorId,
    DateTimeOffset RecordedAt,
    string? Reason = null,
    string? ApprovedBy = null,
    string? IdempotencyKey = null);
