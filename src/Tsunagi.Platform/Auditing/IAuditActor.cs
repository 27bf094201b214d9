namespace Tsunagi.Platform.Auditing;

/// <summary>Who is acting in this scope: resolved from the signed-in staff member, the API client or the CLI.</summary>
public interface IAuditActor
{
    AuditActorKind Kind { get; }

    string Id { get; }
}
