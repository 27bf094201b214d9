namespace Tsunagi.Platform.Auditing;

public enum AuditOutcome
{
    Succeeded,
    Denied,
    Failed,
}
