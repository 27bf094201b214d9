using Tsunagi.Residents.Input;
using Tsunagi.Residents.Notifications;

namespace Tsunagi.Residents.Features.Relocation;

public static class RelocationParser
{
    public static RelocationCommand? Parse(RelocationInput input, InputReader reader)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(reader);
        var householdId = ResidentVersionParser.Id(input.HouseholdId, "householdId", "Field.Household", reader);
        var members = MemberList.Parse(input.Members, reader);
        var movedOn = reader.Date(input.MovedOn, "movedOn", "Field.EffectiveOn", required: true);
        var notifiedOn = reader.Date(input.NotifiedOn, "notifiedOn", "Field.NotifiedOn", required: true);
        var address = AddressParser.Parse(input.Address ?? new AddressInput(), "address.", reader);
        if (reader.HasErrors || householdId is null || members is null || movedOn is null || notifiedOn is null || address is null)
        {
            return null;
        }

        return new RelocationCommand(householdId.Value, members, movedOn.Value, notifiedOn.Value, address);
    }
}
