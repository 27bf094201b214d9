using Tsunagi.Certificates.Data;
using Tsunagi.Certificates.Domain.Settings;
using Tsunagi.Platform.Documents;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Settings;
using Tsunagi.Platform.Settings.Changes;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Certificates.Demo;

/// <summary>
/// A demo town's own settings, stored at its municipality scope: its fee table (effective 2014-04-01) and what its
/// certificates print (「&lt;町名&gt;長」, a synthetic mayor's name, its counters and a generated seal). Other towns use the
/// national defaults. Adds only what is missing, so running it again changes nothing.
/// </summary>
public sealed class CertificatesDemoSeeder(CertificatesDbContext db, UnitOfWork unitOfWork, SettingsReader reader, SettingsStore store, SettingsCache cache, LocalGovernmentMaster master, Platform.Auditing.IAuditActor actor)
{
    public async Task SeedAsync(string municipalityCode, CancellationToken cancellationToken)
    {
        if (!DemoTown.ByCode.TryGetValue(municipalityCode, out var town) || master.Find(municipalityCode) is not { } entry)
        {
            return;
        }

        var scope = SettingScope.Municipality(municipalityCode);
        var hasFees = await HasOwnAsync(CertificateSettingSource.Fees.Key, scope, cancellationToken);
        var hasPrint = await HasOwnAsync(CertificateSettingSource.Print.Key, scope, cancellationToken);
        if (hasFees && hasPrint)
        {
            return;
        }

        var recordedBy = SettingChangeActor.IdOf(actor);
        await unitOfWork.RunAsync(db, async ct =>
        {
            if (!hasFees)
            {
                var fees = new CertificateFees([.. town.Fees.OrderBy(f => f.Key).Select(f => new CertificateFee(f.Key, f.Value))]);
                await store.AppendAsync(CertificateSettingSource.Fees.Key, scope, DemoTown.FeesEffectiveFrom, CertificateSettingSource.Fees.Serialize(fees), recordedBy, null, ct);
            }

            if (!hasPrint)
            {
                var seal = DemoSealImage.Draw(entry.Name, DocumentFontPaths.Debian.IpaexMincho);
                var print = new CertificatePrintSettings(
                    CertificatePrintSettings.StandardAttestation,
                    entry.Name + "長",
                    town.MayorName,
                    town.Counters.Split('\n'),
                    Convert.ToBase64String(seal));
                await store.AppendAsync(CertificateSettingSource.Print.Key, scope, DemoTown.FeesEffectiveFrom, CertificateSettingSource.Print.Serialize(print), recordedBy, null, ct);
            }

            return true;
        }, cancellationToken);
        cache.Invalidate(CertificateSettingSource.Fees.Key);
        cache.Invalidate(CertificateSettingSource.Print.Key);
    }

    private async Task<bool> HasOwnAsync(string key, SettingScope scope, CancellationToken cancellationToken) =>
        (await reader.VersionsAsync(key, cancellationToken)).Any(v => v.ScopeLevel == scope.Level && v.ScopeId == scope.Id);
}
