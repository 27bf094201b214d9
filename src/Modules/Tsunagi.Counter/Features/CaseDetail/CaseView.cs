using Tsunagi.Residents.Contracts.Notifications;

namespace Tsunagi.Counter.Features.CaseDetail;

/// <summary>A case with its steps and draft (personal data: every read is audited).</summary>
public sealed record CaseView(
    Guid Id,
    string ReceptionNumber,
    string Area,
    string LifeEvent,
    string LifeEventName,
    string State,
    string StateCode,
    string IdentityDocument,
    string IdentityNumberLast4,
    Guid? ResidentId,
    bool IsNewResident,
    string? PreApplicationReference,
    DateTimeOffset ReceivedAt,
    DateTimeOffset? CalledAt,
    DateTimeOffset? ServedAt,
    DateTimeOffset? ClosedAt,
    int Version,
    IReadOnlyList<CaseStepView> Steps,
    MoveInDraft? MoveInDraft,
    Guid? ClerkId = null);
