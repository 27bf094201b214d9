using Tsunagi.Platform.Auditing;

namespace Tsunagi.Web.Api.ListAuditEvents;

/// <summary>One audit event as the API shows it: who (an id, never a name), what, on which subject, with which outcome, and its chain hash.</summary>
public sealed record AuditEventItem(
    Guid Id,
    long Sequence,
    DateTimeOffset OccurredAt,
    string ActorKind,
    string ActorId,
    string Action,
    string SubjectType,
    string SubjectId,
    string? Purpose,
    string Outcome,
    string Hash)
{
    public static AuditEventItem From(AuditEvent e) =>
        new(e.Id, e.Sequence, e.OccurredAt, e.ActorKind.ToString(), e.ActorId, e.Action, e.SubjectType, e.SubjectId, e.Purpose, e.Outcome.ToString(), e.Hash);
}
