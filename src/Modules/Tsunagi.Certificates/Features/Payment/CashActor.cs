using System.Security.Cryptography;
using System.Text;
using Tsunagi.Platform.Auditing;

namespace Tsunagi.Certificates.Features.Payment;

/// <summary>
/// The staff member (or API client) acting, as the Guid the module's records keep (<c>ReceivedBy</c>, <c>RequestedBy</c>,
/// <c>DecidedBy</c>). An API client has no staff id: it gets a stable Guid derived from its client id, so "not the
/// requester" holds for clients too.
/// </summary>
public sealed class CashActor(IAuditActor actor)
{
    public Guid Id => actor.Kind == AuditActorKind.StaffMember && Guid.TryParse(actor.Id, out var staff) ? staff : Derived(actor.Kind + ":" + actor.Id);

    public bool IsStaff => actor.Kind == AuditActorKind.StaffMember;

    public string ClientId => actor.Id;

    private static Guid Derived(string name)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(name));
        return new Guid(hash.AsSpan(0, 16));
    }
}
