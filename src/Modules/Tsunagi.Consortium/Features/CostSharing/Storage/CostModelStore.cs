using Microsoft.EntityFrameworkCore;
using Tsunagi.Consortium.Data;
using Tsunagi.Consortium.Domain.CostSharing;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Consortium.Features.CostSharing.Storage;

/// <summary>Reads the consortium's cost models (the latest version per year) and adds versions; the caller saves inside its unit of work.</summary>
public sealed class CostModelStore(ConsortiumDbContext db, ITenantContext tenant, TimeProvider time)
{
    public async Task<CostModel?> LatestAsync(int fiscalYear, CancellationToken cancellationToken = default)
    {
        var json = await db.Set<CostModelVersion>().AsNoTracking()
            .Where(v => v.FiscalYear == fiscalYear)
            .OrderByDescending(v => v.Version)
            .Select(v => v.Model)
            .FirstOrDefaultAsync(cancellationToken);
        return json is null ? null : CostModelJson.Read(json);
    }

    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken cancellationToken = default) =>
        await db.Set<CostModelVersion>().AsNoTracking().Select(v => v.FiscalYear).Distinct().OrderByDescending(y => y).ToListAsync(cancellationToken);

    public async Task<CostModelVersion> AppendAsync(CostModel model, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        var last = await db.Set<CostModelVersion>().Where(v => v.FiscalYear == model.FiscalYear).MaxAsync(v => (int?)v.Version, cancellationToken) ?? 0;
        var version = new CostModelVersion
        {
            TenantId = tenant.TenantId,
            Id = Guid.CreateVersion7(time.GetUtcNow()),
            FiscalYear = model.FiscalYear,
            Version = last + 1,
            Model = CostModelJson.Write(model),
            RecordedAt = time.GetUtcNow(),
        };
        db.Add(version);
        return version;
    }
}
