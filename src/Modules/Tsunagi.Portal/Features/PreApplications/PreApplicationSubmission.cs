using Microsoft.EntityFrameworkCore;
using Tsunagi.Counter.Contracts;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Settings;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Portal.Data;
using Tsunagi.Portal.Domain;
using Tsunagi.Portal.Identity;
using Tsunagi.Residents.Contracts.Notifications;

namespace Tsunagi.Portal.Features.PreApplications;

/// <summary>Stores a checked pre-application for the signed-in resident, in the current tenant; returns its reference.</summary>
public sealed class PreApplicationSubmission(PortalDbContext db, UnitOfWork unitOfWork, AuditTrail audit, SettingsReader settings, ITenantContext tenant, TimeProvider time)
{
    public const string SubmittedAction = "portal.pre-application.submitted";

    public Task<PreApplication> SubmitAsync(ResidentIdentity owner, MoveInDraft draft, CancellationToken cancellationToken = default) =>
        StoreAsync(owner, LifeEvent.MoveIn, DraftJson.Write(draft), cancellationToken);

    public Task<PreApplication> SubmitAsync(ResidentIdentity owner, MoveOutDraft draft, CancellationToken cancellationToken = default) =>
        StoreAsync(owner, LifeEvent.MoveOut, DraftJson.Write(draft), cancellationToken);

    private async Task<PreApplication> StoreAsync(ResidentIdentity owner, LifeEvent lifeEvent, string json, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var rules = await settings.GetAsync(PortalSettings.PreApplication, cancellationToken);
        return await unitOfWork.RunAsync(db, async ct =>
        {
            var now = time.GetUtcNow();
            string reference;
            do
            {
                reference = PreApplicationReference.Generate();
            }
            while (await db.PreApplications.AnyAsync(p => p.Reference == reference, ct));

            var application = new PreApplication
            {
                TenantId = tenant.TenantId,
                Id = Guid.CreateVersion7(now),
                Reference = reference,
                OwnerKey = owner.Key,
                LifeEvent = lifeEvent,
                DraftJson = json,
                SubmittedAt = now,
                ExpiresAt = now.AddDays(rules.EffectiveValidityDays),
            };
            db.PreApplications.Add(application);
            await audit.AppendAsync(new AuditEntry(SubmittedAction, nameof(PreApplication), application.Id.ToString()), ct);
            return application;
        }, cancellationToken);
    }
}
