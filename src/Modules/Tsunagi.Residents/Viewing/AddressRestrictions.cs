using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Japanese;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Viewing;

/// <summary>
/// Which households live at an address hidden by a 支援措置 today. A whole household is hidden when any of its
/// members is protected: the other members' records show the same address.
/// </summary>
public sealed class AddressRestrictions(ResidentsDbContext db, TimeProvider time)
{
    public async Task<IReadOnlySet<Guid>> RestrictedHouseholdsAsync(IReadOnlyCollection<Guid> householdIds, CancellationToken cancellationToken)
    {
        if (householdIds.Count == 0)
        {
            return new HashSet<Guid>();
        }

        var today = TokyoTime.Today(time);
        var ids = householdIds.Distinct().ToList();
        var active = await (
            from restriction in db.DisclosureRestrictions.AsNoTracking()
            join person in db.Residents.AsNoTracking() on restriction.ResidentId equals person.Id
            where ids.Contains(person.HouseholdId)
                && restriction.StartsOn <= today && today <= restriction.EndsOn
                && (restriction.EndedOn == null || today <= restriction.EndedOn)
            select new { person.HouseholdId, restriction.Scope }).ToListAsync(cancellationToken);
        return active.Where(a => a.Scope.HasFlag(RestrictionScope.Address)).Select(a => a.HouseholdId).ToHashSet();
    }
}
