using Microsoft.EntityFrameworkCore;
using Tsunagi.Certificates.Data;
using Tsunagi.Certificates.Domain;
using Tsunagi.Platform.Documents;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Certificates.Demo;

/// <summary>
/// A demo town's fee table (effective 2014-04-01) and certificate settings: 「&lt;町名&gt;長」, a synthetic mayor's name,
/// its counters and a generated seal. Adds only what is missing, so running it again changes nothing.
/// </summary>
public sealed class CertificatesDemoSeeder(CertificatesDbContext db, LocalGovernmentMaster master, TimeProvider time)
{
    public async Task SeedAsync(string municipalityCode, CancellationToken cancellationToken)
    {
        if (!DemoTown.ByCode.TryGetValue(municipalityCode, out var town) || master.Find(municipalityCode) is not { } entry)
        {
            return;
        }

        var existing = await db.FeeSchedule.Select(f => f.Type).ToListAsync(cancellationToken);
        foreach (var (type, fee) in town.Fees.Where(f => !existing.Contains(f.Key)))
        {
            db.FeeSchedule.Add(new FeeScheduleEntry
            {
                TenantId = municipalityCode,
                Id = Guid.CreateVersion7(time.GetUtcNow()),
                Type = type,
                FeePerCopy = fee,
                EffectiveFrom = DemoTown.FeesEffectiveFrom,
            });
        }

        if (!await db.Settings.AnyAsync(cancellationToken))
        {
            db.Settings.Add(new CertificateSettings
            {
                TenantId = municipalityCode,
                MayorTitle = entry.Name + "長",
                MayorName = town.MayorName,
                Counters = town.Counters,
                SealPng = DemoSealImage.Draw(entry.Name, DocumentFontPaths.Debian.IpaexMincho),
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
