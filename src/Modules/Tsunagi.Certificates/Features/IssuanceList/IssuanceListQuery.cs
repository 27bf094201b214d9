using Microsoft.EntityFrameworkCore;
using Tsunagi.Certificates.Data;
using Tsunagi.Certificates.Domain;

namespace Tsunagi.Certificates.Features.IssuanceList;

/// <summary>The issuances of one day, newest first, one page at a time (no personal data: numbers, types, fees, status).</summary>
public sealed class IssuanceListQuery(CertificatesDbContext db)
{
    public const int PageSize = 50;

    public async Task<(IReadOnlyList<Issuance> Items, int Total)> ListAsync(DateOnly day, int page, CancellationToken cancellationToken = default)
    {
        var query = db.Issuances.AsNoTracking().Where(i => i.IssuedOn == day);
        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(i => i.Number).Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        return (items, total);
    }
}
