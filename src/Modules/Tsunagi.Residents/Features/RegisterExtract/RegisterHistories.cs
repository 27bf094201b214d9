using Microsoft.EntityFrameworkCore;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Features.RegisterExtract;

/// <summary>Loads residents with their histories and reads a household as it stood on a day.</summary>
internal static class RegisterHistories
{
    /// <summary>The residents named, each with the change in force on <paramref name="asOf"/>; those not yet in the register that day are left out.</summary>
    public static async Task<IReadOnlyList<MemberOnDay>> LoadAsync(ResidentsDbContext db, IReadOnlyCollection<Guid> residentIds, DateOnly asOf, CancellationToken cancellationToken)
    {
        if (residentIds.Count == 0)
        {
            return [];
        }

        var residents = await db.Residents.AsNoTracking().Where(r => residentIds.Contains(r.Id)).ToListAsync(cancellationToken);
        var changes = (await db.ResidencyChanges.AsNoTracking().Where(c => residentIds.Contains(c.ResidentId)).ToListAsync(cancellationToken))
            .ToLookup(c => c.ResidentId);
        var loaded = new List<MemberOnDay>(residents.Count);
        foreach (var resident in residents)
        {
            var history = changes[resident.Id].ToList();
            if (ResidentHistory.AsOf(history, asOf) is { } inForce)
            {
                loaded.Add(new MemberOnDay(resident, inForce, history));
            }
        }

        return loaded;
    }

    /// <summary>
    /// The members on the register on <paramref name="asOf"/> whose record that day names the household, head first, then by
    /// date of birth. People leave a household only by 世帯分離 or 世帯合併, never with a future date, so on or after
    /// <paramref name="today"/> its members are among the residents naming it now (indexed); for a past day the histories
    /// are searched too, for members who have left since.
    /// </summary>
    public static async Task<IReadOnlyList<MemberOnDay>> HouseholdAsync(ResidentsDbContext db, Guid householdId, DateOnly asOf, DateOnly today, CancellationToken cancellationToken)
    {
        var ids = await db.Residents.Where(r => r.HouseholdId == householdId).Select(r => r.Id).ToListAsync(cancellationToken);
        if (asOf < today)
        {
            // Records are stored as JSON written by System.Text.Json, which writes a Guid in its "D" form.
            var key = householdId.ToString("D");
            var former = await db.ResidencyChanges.Where(c => c.EffectiveOn <= asOf && c.RecordJson.Contains(key))
                .Select(c => c.ResidentId).Distinct().ToListAsync(cancellationToken);
            ids = [.. ids.Union(former)];
        }

        var loaded = await LoadAsync(db, ids, asOf, cancellationToken);
        return [.. loaded
            .Where(m => m.IsOnRegister && m.Record.HouseholdId == householdId)
            .OrderBy(m => m.Record.IsHouseholdHead ? 0 : 1).ThenBy(m => m.Record.DateOfBirth).ThenBy(m => m.Resident.Id)];
    }
}
