using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Auditing;

/// <summary>Recomputes a tenant's chain and names the first broken link.</summary>
public sealed class AuditChainVerifier(PlatformDbContext db, ITenantContext tenant)
{
    private const int PageSize = 2000;

    /// <summary>
    /// Verifies the chain of <paramref name="tenantId"/>, which must be the tenant of this scope: in any
    /// other scope the tenant filter (and row-level security) would hide every event and an empty chain
    /// would pass as intact.
    /// </summary>
    public async Task<AuditVerification> VerifyAsync(string tenantId, CancellationToken cancellationToken = default)
    {
        if (!string.Equals(tenant.TenantIdOrNull, tenantId, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Verify the audit chain of tenant {tenantId} in a scope of that tenant.");
        }

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
                    return AuditVerification.Broken(tenantId, expectedSequence - 1, expectedSequence, AuditVerification.Missing, null);
                }

                if (!string.Equals(e.PreviousHash, previousHash, StringComparison.Ordinal))
                {
                    return AuditVerification.Broken(tenantId, expectedSequence - 1, e.Sequence, AuditVerification.PreviousHashMismatch, e.Id);
                }

                if (!string.Equals(AuditHash.Compute(e, previousHash), e.Hash, StringComparison.Ordinal))
                {
                    return AuditVerification.Broken(tenantId, expectedSequence - 1, e.Sequence, AuditVerification.HashMismatch, e.Id);
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
        return CompareWithHead(tenantId, verified, previousHash, head);
    }

    /// <summary>The head is written with every append: it names the newest event, so removing events at the end shows.</summary>
    private static AuditVerification CompareWithHead(string tenantId, long verified, string lastHash, AuditChainHead? head)
    {
        var headSequence = head?.LastSequence ?? 0;
        if (headSequence > verified)
        {
            return AuditVerification.Broken(tenantId, verified, verified + 1, AuditVerification.MissingAfterLast, null);
        }

        if (headSequence < verified)
        {
            // Events past the head were not written by the trail (or the head was rolled back).
            return AuditVerification.Broken(tenantId, headSequence, headSequence + 1, AuditVerification.BeyondHead, null);
        }

        if (head is not null && !string.Equals(head.LastHash, lastHash, StringComparison.Ordinal))
        {
            return AuditVerification.Broken(tenantId, Math.Max(0, verified - 1), verified, AuditVerification.HeadMismatch, null);
        }

        return AuditVerification.Intact(tenantId, verified);
    }
}
