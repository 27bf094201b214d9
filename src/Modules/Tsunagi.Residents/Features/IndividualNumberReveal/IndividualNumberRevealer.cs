using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Japanese;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Notifications;
using Tsunagi.Residents.Viewing;

namespace Tsunagi.Residents.Features.IndividualNumberReveal;

/// <summary>
/// 個人番号の表示: the one place the number leaves its cipher for a screen. The purpose is audited
/// (<c>residents.individual-number.reveal</c>) before the number is decrypted; the caller shows it once.
/// </summary>
public sealed class IndividualNumberRevealer(ResidentsDbContext db, AuditTrail audit, ViewerPermissions viewer, IndividualNumbers numbers)
{
    public const string Action = "residents.individual-number.reveal";

    /// <returns>Found = false for no such person (or a 除票 the viewer may not see); Number null when none is recorded.</returns>
    public async Task<(bool Found, IndividualNumber? Number)> RevealAsync(Guid residentId, string purpose, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        var resident = await db.Residents.AsNoTracking().FirstOrDefaultAsync(r => r.Id == residentId, cancellationToken);
        if (resident is null || (resident.IsRemoved && !viewer.MaySeeRemoved))
        {
            return (false, null);
        }

        await audit.RecordAsync(new AuditEntry(Action, "resident", residentId.ToString(), Purpose: purpose), cancellationToken);
        return (true, await numbers.ReadAsync(resident, cancellationToken));
    }
}
