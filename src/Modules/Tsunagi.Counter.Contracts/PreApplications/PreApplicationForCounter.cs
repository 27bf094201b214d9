using Tsunagi.Residents.Contracts.Notifications;

namespace Tsunagi.Counter.Contracts.PreApplications;

/// <summary>A pre-application as entered by the resident, unchecked: the clerk reviews it on the counter's form.</summary>
public sealed record PreApplicationForCounter(
    string Reference,
    LifeEvent LifeEvent,
    DateTimeOffset SubmittedAt,
    DateTimeOffset ExpiresAt,
    MoveInDraft? MoveIn,
    MoveOutDraft? MoveOut);
