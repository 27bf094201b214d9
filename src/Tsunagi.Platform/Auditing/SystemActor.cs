namespace Tsunagi.Platform.Auditing;

/// <summary>
/// The name audit events carry when no person or API client acts: set once per process by a CLI verb
/// (<c>cli:seed-demo</c>) or a job host, so every scope that process creates records the same actor.
/// </summary>
public sealed class SystemActor
{
    public string Name { get; set; } = "system";
}
