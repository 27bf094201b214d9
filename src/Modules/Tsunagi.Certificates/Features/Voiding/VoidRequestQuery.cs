using Microsoft.EntityFrameworkCore;
using Tsunagi.Certificates.Data;
using Tsunagi.Certificates.Domain;
using Tsunagi.Certificates.Features.Payment;
using Tsunagi.Platform.Api;

namespace Tsunagi.Certificates.Features.Voiding;

/// <summary>Pending void requests, oldest first (ids are time-ordered v7 Guids), a page at a time; and one request (any state) for the decision page.</summary>
public sealed class VoidRequestQuery(CertificatesDbContext db)
{
    public const int PageSize = 20;

    public async Task<ApiPage<PendingVoid>> PendingAsync(int page, int pageSize = PageSize, CancellationToken cancellationToken = default)
    {
        page = Math.Max(1, page);
        var pending = db.VoidRequests.AsNoTracking().Where(v => v.Status == VoidRequestStatus.Pending);
        var total = await pending.CountAsync(cancellationToken);
        var requests = await pending.OrderBy(v => v.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new ApiPage<PendingVoid>(await WithIssuancesAsync(requests, cancellationToken), page, pageSize, total);
    }

    public async Task<PendingVoid> FindAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var request = await db.VoidRequests.AsNoTracking().FirstOrDefaultAsync(v => v.Id == id, cancellationToken)
            ?? throw new CashNotFoundException();
        return (await WithIssuancesAsync([request], cancellationToken))[0];
    }

    public async Task<VoidableIssuance> IssuanceAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var issuance = await db.Issuances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken) ?? throw new CashNotFoundException();
        var pending = await db.VoidRequests.AnyAsync(v => v.IssuanceId == id && v.Status == VoidRequestStatus.Pending, cancellationToken);
        return new VoidableIssuance(issuance.Id, issuance.Number, issuance.Type, issuance.IssuedOn, issuance.FeeTotal, issuance.ReceiptId is not null, issuance.Status == IssuanceStatus.Voided, pending);
    }

    private async Task<IReadOnlyList<PendingVoid>> WithIssuancesAsync(List<VoidRequest> requests, CancellationToken cancellationToken)
    {
        var ids = requests.Select(r => r.IssuanceId).ToList();
        var issuances = await db.Issuances.AsNoTracking().Where(i => ids.Contains(i.Id)).ToDictionaryAsync(i => i.Id, cancellationToken);
        return [.. requests.Select(r =>
        {
            var issuance = issuances[r.IssuanceId];
            return new PendingVoid(r.Id, r.IssuanceId, issuance.Number, issuance.Type, issuance.IssuedOn, issuance.FeeTotal, issuance.ReceiptId is not null, r.Counter, r.Reason, r.RequestedAt, r.RequestedBy, r.Status);
        })];
    }
}
