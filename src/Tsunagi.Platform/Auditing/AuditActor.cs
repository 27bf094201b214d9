using System.Security.Claims;
using Microsoft.AspNetCore.Http;

namespace Tsunagi.Platform.Auditing;

/// <summary>The actor of the current request (staff member or API client), or the system for CLI verbs and jobs.</summary>
public sealed class AuditActor(IHttpContextAccessor httpContextAccessor, SystemActor systemActor) : IAuditActor
{
    private string? _systemName;

    public AuditActorKind Kind => Principal switch
    {
        { Identity.IsAuthenticated: true } p when p.FindFirst("client_id") is not null && p.FindFirst(ClaimTypes.NameIdentifier) is null => AuditActorKind.ApiClient,
        { Identity.IsAuthenticated: true } => AuditActorKind.StaffMember,
        _ when _systemName is not null || httpContextAccessor.HttpContext is null => AuditActorKind.System,
        _ => AuditActorKind.Anonymous,
    };

    public string Id => Kind switch
    {
        AuditActorKind.ApiClient => Principal!.FindFirst("client_id")!.Value,
        AuditActorKind.StaffMember => Principal!.FindFirst(ClaimTypes.NameIdentifier)?.Value ?? Principal.FindFirst("sub")?.Value ?? "unknown",
        AuditActorKind.System => _systemName ?? systemActor.Name,
        _ => "anonymous",
    };

    private ClaimsPrincipal? Principal => httpContextAccessor.HttpContext?.User;

    /// <summary>Names the system actor of this scope only (a job acting for one purpose); see <see cref="SystemActor"/> for the process-wide name.</summary>
    public void ActAsSystem(string name) => _systemName = name;
}
