using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Settings;
using Tsunagi.Portal.Data;
using Tsunagi.Portal.Domain;
using Tsunagi.Portal.Features.PreApplications;

namespace Tsunagi.Portal.Features.Purge;

/// <summary>
/// One tenant's purge: drafts of pre-applications closed (expired, withdrawn, taken) more than
/// <see cref="PreApplicationRules.PurgeAfterDays"/> ago are deleted (the row keeps ids, status and times); sign-in codes and
/// mail-drop messages older than a day are deleted. One audit event per purged pre-application, by id.
/// </summary>
public sealed class PortalPurge(PortalDbContext db, UnitOfWork unitOfWork, AuditTrail audit, SettingsReader settings, TimeProvider time)
{
    public const string PurgedAction = "portal.pre-application.purged";
    public static readonly TimeSpan TransientRetention = TimeSpan.FromDays(1);

    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var rules = await settings.GetAsync(PortalSettings.PreApplication, cancellationToken);
        return await unitOfWork.RunAsync(db, async ct =>
        {
            var now = time.GetUtcNow();
            var cutoff = now.AddDays(-rules.EffectivePurgeAfterDays);
            var withDrafts = await db.PreApplications.Where(p => p.DraftJson != null).ToListAsync(ct);
            var due = withDrafts.Where(p => (p.ClosedAt ?? p.ExpiresAt) <= cutoff && !p.IsOpenAt(now)).ToList();
            foreach (var application in due)
            {
                application.Purge(now);
                await audit.AppendAsync(new AuditEntry(PurgedAction, nameof(PreApplication), application.Id.ToString()), ct);
            }

            var old = now - TransientRetention;
            db.SignInCodes.RemoveRange((await db.SignInCodes.ToListAsync(ct)).Where(c => c.ExpiresAt < old));
            db.MailDrop.RemoveRange((await db.MailDrop.ToListAsync(ct)).Where(m => m.WrittenAt < old));
            return due.Count;
        }, cancellationToken);
    }
}
