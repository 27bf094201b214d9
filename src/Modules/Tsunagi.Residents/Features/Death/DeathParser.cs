using Tsunagi.Residents.Input;
using Tsunagi.Residents.Notifications;

namespace Tsunagi.Residents.Features.Death;

public static class DeathParser
{
    public static DeathCommand? Parse(DeathInput input, InputReader reader)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(reader);
        var householdId = ResidentVersionParser.Id(input.HouseholdId, "householdId", "Field.Household", reader);
        var deceased = ResidentVersionParser.Parse(input.Deceased, "deceased", "Field.Deceased", reader);
        var newHead = input.NewHead is { ResidentId: { Length: > 0 } } ? ResidentVersionParser.Parse(input.NewHead, HeadSuccession.Field, HeadSuccession.Label, reader) : null;
        var diedOn = reader.Date(input.DiedOn, "diedOn", "Field.DateOfDeath", required: true);
        var notifiedOn = reader.Date(input.NotifiedOn, "notifiedOn", "Field.NotifiedOn", required: true);
        if (reader.HasErrors || householdId is null || deceased is null || diedOn is null || notifiedOn is null)
        {
            return null;
        }

        return new DeathCommand(householdId.Value, deceased, newHead, diedOn.Value, notifiedOn.Value);
    }
}
