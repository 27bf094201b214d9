using Microsoft.EntityFrameworkCore;
using Tsunagi.Certificates.Data;
using Tsunagi.Certificates.Domain;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Certificates.Features.CertificateSettingsAdmin;

/// <summary>Reads and saves the municipality's certificate settings (one row per tenant), audited.</summary>
public sealed class CertificateSettingsHandler(CertificatesDbContext db, UnitOfWork unitOfWork, AuditTrail audit, ITenantContext tenant)
{
    public const string SaveOperation = "certificates.settings-changed";

    /// <summary>The saved settings, or the defaults (never saved) for a town that has none yet.</summary>
    public async Task<CertificateSettings> LoadAsync(CancellationToken cancellationToken = default) =>
        await db.Settings.AsNoTracking().FirstOrDefaultAsync(cancellationToken) ?? new CertificateSettings { TenantId = tenant.TenantId };

    public Task SaveAsync(SettingsCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        return unitOfWork.RunAsync(db, async ct =>
        {
            var settings = await db.Settings.FirstOrDefaultAsync(ct);
            if (settings is null)
            {
                settings = new CertificateSettings { TenantId = tenant.TenantId };
                db.Settings.Add(settings);
            }

            settings.CertificationStatement = command.CertificationStatement;
            settings.MayorTitle = command.MayorTitle;
            settings.MayorName = command.MayorName;
            settings.Counters = string.Join('\n', command.Counters);
            if (command.SealPng is not null)
            {
                settings.SealPng = command.SealPng;
            }

            settings.Version++;
            await audit.AppendAsync(new AuditEntry(SaveOperation, "certificate-settings", tenant.TenantId), ct);
            return true;
        }, cancellationToken);
    }
}
