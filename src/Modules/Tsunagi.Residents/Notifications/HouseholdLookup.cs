using Tsunagi.Platform.Auditing;
using Tsunagi.Residents.Data;

namespace Tsunagi.Residents.Notifications;

/// <summary>Shows a household's members on a notification form: a read of personal data, audited with the household's id.</summary>
public sealed class HouseholdLookup(ResidentsDbContext db, AuditTrail audit)
{
    public const string Action = "residents.household.read";

    /// <summary>The household, or null when this municipality has none with that id.</summary>
    public async Task<HouseholdMembers?> FindAsync(Guid householdId, string purpose, CancellationToken cancellationToken = default)
    {
        try
        {
            var members = await HouseholdMembers.LoadAsync(db, householdId, cancellationToken);
            await audit.RecordAsync(new AuditEntry(Action, "household", householdId.ToString(), Purpose: purpose), cancellationToken);
            return members;
        }
        catch (HouseholdNotFoundException)
        {
            return null;
        }
    }
}
