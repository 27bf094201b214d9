using Microsoft.EntityFrameworkCore;
using Tsunagi.Certificates.Data;
using Tsunagi.Certificates.Domain;
using Tsunagi.Platform.Japanese;

namespace Tsunagi.Certificates.Features.Payment;

/// <summary>
/// Unpaid issuances for the payment page: today's of one counter (the first with any, unless one is chosen), or, for
/// one issuance, that issuance and today's others of its counter. Exempt (fee 0) and voided issuances are never listed.
/// </summary>
public sealed class UnpaidIssuanceQuery(CertificatesDbContext db, TimeProvider time)
{
    public async Task<UnpaidIssuances> ListAsync(string? counter, Guid? issuanceId, CancellationToken cancellationToken = default)
    {
        var today = TokyoTime.Today(time);
        var unpaid = db.Issuances.AsNoTracking().Where(i => i.Status == IssuanceStatus.Issued && i.ReceiptId == null && i.FeeTotal > 0);
        if (issuanceId is { } id)
        {
            var chosen = await db.Issuances.AsNoTracking().FirstOrDefaultAsync(i => i.Id == id, cancellationToken) ?? throw new CashNotFoundException();
            counter = chosen.Counter;
            unpaid = unpaid.Where(i => i.Counter == counter && (i.IssuedOn == today || i.Id == id));
            return new UnpaidIssuances(counter, [counter], await ItemsAsync(unpaid, cancellationToken));
        }

        var counters = await unpaid.Where(i => i.IssuedOn == today).Select(i => i.Counter).Distinct().OrderBy(c => c).ToListAsync(cancellationToken);
        counter = string.IsNullOrWhiteSpace(counter) ? counters.FirstOrDefault() : counter.Trim();
        if (counter is null)
        {
            return new UnpaidIssuances(null, counters, []);
        }

        var items = await ItemsAsync(unpaid.Where(i => i.IssuedOn == today && i.Counter == counter), cancellationToken);
        return new UnpaidIssuances(counter, counters, items);
    }

    private static async Task<IReadOnlyList<UnpaidIssuance>> ItemsAsync(IQueryable<Issuance> query, CancellationToken cancellationToken) =>
        await query.OrderBy(i => i.Number)
            .Take(PaymentCommand.MaxIssuances)
            .Select(i => new UnpaidIssuance(i.Id, i.Number, i.Type, i.Copies, i.FeePerCopy, i.FeeTotal, i.Counter, i.IssuedOn))
            .ToListAsync(cancellationToken);
}
