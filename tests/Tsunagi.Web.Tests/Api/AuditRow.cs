namespace Tsunagi.Web.Tests.Api;

internal sealed record AuditRow(long Sequence, string Action, string SubjectId, string Outcome, string ActorKind, string ActorId);
