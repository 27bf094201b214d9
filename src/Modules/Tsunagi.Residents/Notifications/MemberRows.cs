using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Notifications;

/// <summary>The rows of a counter form for a household's registered members, keeping what was chosen when the rows are refreshed.</summary>
public static class MemberRows
{
    public static void Fill(IList<MemberChoiceInput> rows, HouseholdMembers household)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(household);
        var chosen = rows.Where(r => r.Chosen).Select(r => r.ResidentId).ToHashSet(StringComparer.Ordinal);
        rows.Clear();
        foreach (var resident in household.Registered)
        {
            rows.Add(new MemberChoiceInput { ResidentId = resident.Id.ToString(), Version = resident.Version, Chosen = chosen.Contains(resident.Id.ToString()) });
        }
    }

    public static Resident? Find(HouseholdMembers household, string? residentId) =>
        household?.All.FirstOrDefault(r => r.Id.ToString() == residentId);
}
