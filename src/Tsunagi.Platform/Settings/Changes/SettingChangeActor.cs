using System.Security.Cryptography;
using System.Text;
using Tsunagi.Platform.Auditing;

namespace Tsunagi.Platform.Settings.Changes;

/// <summary>
/// The acting staff member as the Guid a request keeps. An API client or the CLI has no staff id: it gets a stable
/// Guid derived from its kind and id, so "not the requester" holds for them too.
/// </summary>
public static class SettingChangeActor
{
    public static Guid IdOf(IAuditActor actor)
    {
        ArgumentNullException.ThrowIfNull(actor);
        return actor.Kind == AuditActorKind.StaffMember && Guid.TryParse(actor.Id, out var staff)
            ? staff
            : new Guid(SHA256.HashData(Encoding.UTF8.GetBytes($"{actor.Kind}:{actor.Id}")).AsSpan(0, 16));
    }
}
