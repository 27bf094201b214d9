using Microsoft.EntityFrameworkCore;
using Tsunagi.Certificates.Data;
using Tsunagi.Certificates.Domain;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Certificates.Features.DailyCashReport;

/// <summary>
/// Builds the 日計表 of a day and counter from issuances (issued that day), receipts (paid that day) and approved voids
/// (refunded that day). Voided issuances still count as issued: their refund appears on the day of the decision.
/// </summary>
public sealed class CashReportQuery(CertificatesDbContext db, TenantDirectory directory, ITenantContext tenant)
{
    public async Task<CashReport> BuildAsync(DateOnly date, string? counter, CancellationToken cancellationToken = default)
    {
        counter = string.IsNullOrWhiteSpace(counter) ? null : counter.Trim();
        var issuances = await db.Issuances.AsNoTracking()
            .Where(i => i.IssuedOn == date && (counter == null || i.Counter == counter))
            .ToListAsync(cancellationToken);
        var receipts = await db.Receipts.AsNoTracking()
            .Where(r => r.PaidOn == date && (counter == null || r.Counter == counter))
            .Select(r => new { r.Id, r.Amount })
            .ToListAsync(cancellationToken);
        var receiptIds = receipts.Select(r => r.Id).ToList();
        var paidFees = await db.Issuances.AsNoTracking()
            .Where(i => i.ReceiptId != null && receiptIds.Contains(i.ReceiptId.Value))
            .Select(i => i.FeeTotal)
            .ToListAsync(cancellationToken);
        var refunds = await db.VoidRequests.AsNoTracking()
            .Where(v => v.Status == VoidRequestStatus.Approved && v.RefundOn == date && v.RefundAmount > 0 && (counter == null || v.Counter == counter))
            .Select(v => v.RefundAmount)
            .ToListAsync(cancellationToken);

        var documents = issuances.GroupBy(i => i.Type).OrderBy(g => g.Key)
            .Select(g => new CashReportDocumentLine(g.Key, g.Count(), g.Sum(i => i.Copies), g.Sum(i => i.FeeTotal)))
            .ToList();
        var exemptions = issuances.Where(i => i.FeeExemption is not null).GroupBy(i => i.FeeExemption!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new CashReportExemptionLine(g.Key, g.Count(), g.Sum(i => i.Copies)))
            .ToList();
        var unpaid = issuances.Where(i => i.Status == IssuanceStatus.Issued && i.ReceiptId is null && i.FeeTotal > 0).OrderBy(i => i.Number, StringComparer.Ordinal)
            .Select(i => new CashReportUnpaidLine(i.Id, i.Number, i.Type, i.Copies, i.FeeTotal))
            .ToList();
        var municipality = await directory.DisplayNameAsync(tenant.TenantId, cancellationToken) ?? tenant.TenantId;
        return new CashReport(date, counter, municipality, documents, exemptions, receipts.Count, receipts.Sum(r => r.Amount), refunds.Count, refunds.Sum(), paidFees.Sum(), unpaid);
    }
}
