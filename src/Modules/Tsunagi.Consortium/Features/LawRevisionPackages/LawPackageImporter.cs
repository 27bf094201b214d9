using Microsoft.EntityFrameworkCore;
using Tsunagi.Consortium.Data;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Settings;
using Tsunagi.Platform.Settings.Validation;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Consortium.Features.LawRevisionPackages;

/// <summary>
/// Appends every entry of a package as the next version of its setting, records the package and audits it, in one
/// unit of work: all entries or none. The same file again is a no-op; another file under an imported id is refused.
/// </summary>
public sealed class LawPackageImporter(
    ConsortiumDbContext db,
    UnitOfWork unitOfWork,
    SettingsStore store,
    SettingsCache cache,
    AuditTrail audit,
    IAuditActor actor,
    ITenantContext tenant,
    SettingValidator validator,
    TimeProvider time)
{
    public const string AuditAction = "settings.law-package-imported";

    public async Task<LawPackageImportResult> ImportAsync(LawPackage package, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(package);
        if (tenant.Kind != TenantKind.Consortium)
        {
            throw new LawPackageRejectedException("法改正パッケージは協議会（運用事業者）として取り込んでください。");
        }

        await LawPackageValueCheck.EnsureValidAsync(validator, package);

        var result = await unitOfWork.RunAsync(db, async ct =>
        {
            var existing = await db.Set<ImportedLawPackage>().FirstOrDefaultAsync(p => p.PackageId == package.Id, ct);
            if (existing is not null)
            {
                return existing.Sha256 == package.Sha256
                    ? new LawPackageImportResult(existing, AlreadyImported: true)
                    : throw new LawPackageRejectedException($"id：パッケージ「{package.Id}」は別の内容で取込済みです。訂正は新しいIDのパッケージにしてください。");
            }

            var record = new ImportedLawPackage
            {
                TenantId = tenant.TenantId,
                Id = Guid.CreateVersion7(),
                PackageId = package.Id,
                Title = package.Title,
                LegalBasis = package.LegalBasis,
                Sha256 = package.Sha256,
                EntryCount = package.Entries.Count,
                ImportedAt = time.GetUtcNow(),
                ImportedBy = actor.Id,
            };
            db.Add(record);
            var recordedBy = Guid.TryParse(actor.Id, out var staff) ? staff : Guid.Empty;
            foreach (var entry in package.Entries)
            {
                await store.AppendAsync(entry.Setting.Key, entry.Scope, entry.EffectiveFrom, entry.ValueJson, recordedBy, record.Id, ct);
            }

            await audit.AppendAsync(new AuditEntry(AuditAction, "law-package", record.Id.ToString()), ct);
            return new LawPackageImportResult(record, AlreadyImported: false);
        }, cancellationToken);

        // The store dropped the keys before the commit; a reader in between may have cached the old versions again.
        foreach (var key in package.Entries.Select(e => e.Setting.Key).Distinct(StringComparer.Ordinal))
        {
            cache.Invalidate(key);
        }

        return result;
    }
}
