using Tsunagi.Platform.Tenancy;
using Tsunagi.Portal.Data;
using Tsunagi.Portal.Domain;

namespace Tsunagi.Portal.Mail;

/// <summary>
/// The default mailer: writes the message to the tenant's mail drop table (<c>portal_mail_drop</c>, RLS) for a delivery
/// agent to pick up — this machine has no SMTP relay. The row is saved with the caller's next save (same transaction).
/// </summary>
public sealed class MailDropMailer(PortalDbContext db, ITenantContext tenant, TimeProvider time) : IResidentMailer
{
    public Task SendAsync(ResidentMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        var now = time.GetUtcNow();
        db.MailDrop.Add(new PortalMail
        {
            TenantId = tenant.TenantId,
            Id = Guid.CreateVersion7(now),
            Recipient = message.To,
            Subject = message.Subject,
            Body = message.Body,
            WrittenAt = now,
        });
        return Task.CompletedTask;
    }
}
