using Microsoft.EntityFrameworkCore;
using Tsunagi.Certificates.Contracts;
using Tsunagi.Certificates.Data;

namespace Tsunagi.Certificates.Features.Fees;

/// <summary>手数料: the fee per copy in force on a day (latest <c>FeeScheduleEntry</c> not after it) times the copies; an exemption makes it 0.</summary>
public sealed class FeeCalculator(CertificatesDbContext db)
{
    /// <summary>The fee, or null when the tenant's fee table has no entry for the type on that day.</summary>
    public async Task<FeeCalculatorResult?> CalculateAsync(CertificateType type, DateOnly on, int copies, string? exemption, CancellationToken cancellationToken = default)
    {
        var perCopy = await db.FeeSchedule.AsNoTracking()
            .Where(f => f.Type == type && f.EffectiveFrom <= on)
            .OrderByDescending(f => f.EffectiveFrom)
            .Select(f => (long?)f.FeePerCopy)
            .FirstOrDefaultAsync(cancellationToken);
        if (exemption is not null)
        {
            return new FeeCalculatorResult(perCopy ?? 0, copies, 0, exemption);
        }

        return perCopy is { } fee ? new FeeCalculatorResult(fee, copies, fee * copies, null) : null;
    }
}
