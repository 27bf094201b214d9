using Microsoft.EntityFrameworkCore;
using Tsunagi.Consortium.Data;
using Tsunagi.Consortium.Features.LegacyMigration;

namespace Tsunagi.Consortium.Features.MigrationScreen;

/// <summary>The municipality's real runs (screen and CLI), newest first, one page at a time.</summary>
public sealed class MigrationHistoryQuery(ConsortiumDbContext db)
{
    public const int PageSize = 20;

    public async Task<(IReadOnlyList<LegacyMigrationRun> Page, int Total)> RunAsync(int page, CancellationToken cancellationToken = default)
    {
        var all = db.Set<LegacyMigrationRun>().AsNoTracking();
        var total = await all.CountAsync(cancellationToken);
        var rows = await all.OrderByDescending(r => r.Id)
            .Skip((Math.Max(page, 1) - 1) * PageSize)
            .Take(PageSize)
            .ToListAsync(cancellationToken);
        return (rows, total);
    }
}
