using Microsoft.EntityFrameworkCore;
using Tsunagi.Certificates.Data;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Certificates.Features.Payment;

/// <summary>Loads a receipt with its lines, the municipality's name and the receiving staff member's display name.</summary>
public sealed class ReceiptQuery(CertificatesDbContext db, PlatformDbContext platform, TenantDirectory directory, ITenantContext tenant)
{
    public async Task<ReceiptView> LoadAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var receipt = await db.Receipts.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) ?? throw new CashNotFoundException();
        var lines = await db.Issuances.AsNoTracking()
            .Where(i => i.ReceiptId == id)
            .OrderBy(i => i.Number)
            .Select(i => new ReceiptLine(i.Id, i.Type, i.Number, i.Copies, i.FeePerCopy, i.FeeTotal, i.Status == Domain.IssuanceStatus.Voided))
            .ToListAsync(cancellationToken);
        var staff = await platform.Users.AsNoTracking().Where(u => u.Id == receipt.ReceivedBy).Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        var municipality = await directory.DisplayNameAsync(tenant.TenantId, cancellationToken) ?? tenant.TenantId;
        return new ReceiptView(receipt.Id, receipt.Number, receipt.PaidOn, receipt.Amount, receipt.Tendered, receipt.Counter, staff ?? "API", municipality, receipt.Status, lines);
    }
}
