namespace Tsunagi.Platform.Auditing;

public enum AuditActorKind
{
    StaffMember,
    ApiClient,
    System,
    Anonymous,
}
