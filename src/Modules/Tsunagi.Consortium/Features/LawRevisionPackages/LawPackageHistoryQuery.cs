using Microsoft.EntityFrameworkCore;
using Tsunagi.Consortium.Data;

namespace Tsunagi.Consortium.Features.LawRevisionPackages;

/// <summary>The consortium's imported packages, newest first, one page at a time.</summary>
public sealed class LawPackageHistoryQuery(ConsortiumDbContext db)
{
    public const int PageSize = 20;

    public async Task<(IReadOnlyList<ImportedLawPackage> Page, int Total)> RunAsync(int page, CancellationToken cancellationToken = default)
    {
        var all = db.Set<ImportedLawPackage>().AsNoTracking();
        var total = await all.CountAsync(cancellationToken);
        var rows = await all.OrderByDescending(p => p.Id)
            .Skip((Math.Max(page, 1) - 1) * PageSize)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
        return (rows, total);
    }
}
