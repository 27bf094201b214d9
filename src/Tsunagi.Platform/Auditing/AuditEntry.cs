namespace Tsunagi.Platform.Auditing;

/// <summary>What a caller wants recorded; the trail adds tenant, actor, time and chain.</summary>
public sealed record AuditEntry(string Action, string SubjectType, string SubjectId, AuditOutcome Outcome = AuditOutcome.Succeeded, string? Purpose = null);
