using Microsoft.EntityFrameworkCore;
using Tsunagi.Residents.Data;
using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Notifications;

/// <summary>
/// A household and every resident whose record names it (除票 included), loaded for a notification about
/// some of them. <see cref="Take"/> checks that a resident belongs to it and is unchanged since the form.
/// </summary>
public sealed class HouseholdMembers
{
    private HouseholdMembers(Household household, IReadOnlyList<Resident> all)
    {
        Household = household;
        All = all;
    }

    public Household Household { get; }

    /// <summary>Members on the register and removed ones (whose last record still names the household).</summary>
    public IReadOnlyList<Resident> All { get; }

    public IReadOnlyList<Resident> Registered => [.. All.Where(r => !r.IsRemoved)];

    public Resident? Head => All.FirstOrDefault(r => !r.IsRemoved && r.Record.IsHouseholdHead);

    public static async Task<HouseholdMembers> LoadAsync(ResidentsDbContext db, Guid householdId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var household = await db.Households.FirstOrDefaultAsync(h => h.Id == householdId, cancellationToken)
            ?? throw new HouseholdNotFoundException();
        var members = await db.Residents.Where(r => r.HouseholdId == householdId).ToListAsync(cancellationToken);
        return new HouseholdMembers(household, [.. members.OrderBy(r => r.Record.IsHouseholdHead ? 0 : 1).ThenBy(r => r.DateOfBirth).ThenBy(r => r.Id)]);
    }

    /// <summary>The member named by <paramref name="wanted"/>; refuses one of another household and a stale form.</summary>
    public Resident Take(ResidentVersion wanted, string field, string label)
    {
        ArgumentNullException.ThrowIfNull(wanted);
        var resident = All.FirstOrDefault(r => r.Id == wanted.ResidentId)
            ?? throw ResidentRuleException.Of(field, label, "Problem.NotHouseholdMember");
        resident.EnsureVersion(wanted.Version);
        if (resident.IsRemoved)
        {
            throw ResidentRuleException.Of(field, label, "Problem.ResidentRemoved");
        }

        return resident;
    }

    /// <summary>Refuses a form made before the household's last membership or head change.</summary>
    public void EnsureVersion(int expected)
    {
        if (Household.Version != expected)
        {
            throw new StaleFormException();
        }
    }
}
