using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Platform.Auditing;

/// <summary>Recomputes a tenant's chain and names the first broken link.</summary>
public sealed class AuditChainVerifier(PlatformDbContext db)
{
    private const int PageSize = 2000;

    public async Task<AuditVerification> VerifyAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        var expectedSequence = 1L;
        var previousHash = AuditHash.Genesis;
        while (true)
        {
            var page = await db.AuditEvents.AsNoTracking()
                .Where(e => e.TenantId == tenantId && e.Sequence >= expectedSequence)
                .OrderBy(e => e.Sequence)
                .Take(PageSize)
                .ToListAsync(cancellationToken);
            foreach (var e in page)
            {
                if (e.Sequence != expectedSequence)
                {
                    return AuditVerification.Broken(tenantId, expectedSequence - 1, expectedSequence, "missing", null);
                }

                if (!string.Equals(e.PreviousHash, previousHash, StringComparison.Ordinal))
                {
                    return AuditVerification.Broken(tenantId, expectedSequence - 1, e.Sequence, "previous-hash-mismatch", e.Id);
                }

                if (!string.Equals(AuditHash.Compute(e, previousHash), e.Hash, StringComparison.Ordinal))
                {
                    return AuditVerification.Broken(tenantId, expectedSequence - 1, e.Sequence, "hash-mismatch", e.Id);
                }

                previousHash = e.Hash;
                expectedSequence++;
            }

            if (page.Count < PageSize)
            {
                break;
            }
        }

        var verified = expectedSequence - 1;
        var head = await db.AuditChainHeads.AsNoTracking().FirstOrDefaultAsync(h => h.TenantId == tenantId, cancellationToken);
        var headSequence = head?.LastSequence ?? 0;
        if (headSequence != verified || (head is not null && !string.Equals(head.LastHash, previousHash, StringComparison.Ordinal)))
        {
            return AuditVerification.Broken(tenantId, verified, verified + 1, "missing-after-last", null);
        }

        return AuditVerification.Intact(tenantId, verified);
    }
}
