using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Persistence;
using Tsunagi.Portal.Data;
using Tsunagi.Portal.Domain;
using Tsunagi.Portal.Identity;

namespace Tsunagi.Portal.Features.PreApplications;

/// <summary>A resident's own pre-applications: list, open one (audited read), withdraw. Another resident's reference is not found.</summary>
public sealed class ResidentPreApplications(PortalDbContext db, UnitOfWork unitOfWork, AuditTrail audit, TimeProvider time)
{
    public const string ReadAction = "portal.pre-application.read-by-resident";
    public const string WithdrawnAction = "portal.pre-application.withdrawn";
    public const int PageSize = 20;

    public async Task<IReadOnlyList<PreApplication>> ListAsync(ResidentIdentity owner, int page, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        var all = await db.PreApplications.AsNoTracking().Where(p => p.OwnerKey == owner.Key).ToListAsync(cancellationToken);
        return [.. all.OrderByDescending(p => p.SubmittedAt).Skip(Math.Max(0, page - 1) * PageSize).Take(PageSize + 1)];
    }

    public async Task<PreApplication?> FindAsync(ResidentIdentity owner, string? reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        if (!PreApplicationReference.TryParse(reference, out var canonical))
        {
            return null;
        }

        var found = await db.PreApplications.AsNoTracking().FirstOrDefaultAsync(p => p.Reference == canonical && p.OwnerKey == owner.Key, cancellationToken);
        if (found is not null)
        {
            await audit.RecordAsync(new AuditEntry(ReadAction, nameof(PreApplication), found.Id.ToString()), cancellationToken);
        }

        return found;
    }

    /// <summary>True when withdrawn now; false when not the owner's, or no longer open (taken, expired, withdrawn).</summary>
    public Task<bool> WithdrawAsync(ResidentIdentity owner, string? reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(owner);
        if (!PreApplicationReference.TryParse(reference, out var canonical))
        {
            return Task.FromResult(false);
        }

        return unitOfWork.RunAsync(db, async ct =>
        {
            var now = time.GetUtcNow();
            var found = await db.PreApplications.FirstOrDefaultAsync(p => p.Reference == canonical && p.OwnerKey == owner.Key, ct);
            if (found is null || !found.IsOpenAt(now))
            {
                return false;
            }

            found.Withdraw(now);
            await audit.AppendAsync(new AuditEntry(WithdrawnAction, nameof(PreApplication), found.Id.ToString()), ct);
            return true;
        }, cancellationToken);
    }
}
