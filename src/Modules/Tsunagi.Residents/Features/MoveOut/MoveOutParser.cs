using Tsunagi.Platform.Tenancy;
using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Input;
using Tsunagi.Residents.Notifications;

namespace Tsunagi.Residents.Features.MoveOut;

public static class MoveOutParser
{
    public const string OtherMunicipality = "other";

    public static MoveOutCommand? Parse(MoveOutInput input, InputReader reader)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(reader);
        var householdId = ResidentVersionParser.Id(input.HouseholdId, "householdId", "Field.Household", reader);
        var members = MemberList.Parse(input.Members, reader);
        var newHead = input.NewHead is { ResidentId: { Length: > 0 } } ? ResidentVersionParser.Parse(input.NewHead, "newHead", "Field.NewHead", reader) : null;
        var planned = reader.Date(input.PlannedMoveOutOn, "plannedMoveOutOn", "Field.PlannedMoveOutOn", required: true);
        var notifiedOn = reader.Date(input.NotifiedOn, "notifiedOn", "Field.NotifiedOn", required: true);
        var destination = reader.Text(input.DestinationAddress, "destinationAddress", "Field.DestinationAddress", 300, required: true);
        var municipality = ParseMunicipality(input.DestinationMunicipalityCode, reader);
        if (reader.HasErrors || householdId is null || members is null || planned is null || notifiedOn is null || destination is null)
        {
            return null;
        }

        return new MoveOutCommand(householdId.Value, members, newHead, planned.Value, notifiedOn.Value, destination, municipality);
    }

    private static string? ParseMunicipality(string? value, InputReader reader)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text) || string.Equals(text, OtherMunicipality, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!LocalGovernmentCode.TryParse(text, out var code, out _))
        {
            reader.Add(new FieldProblem("destinationMunicipalityCode", "Field.DestinationMunicipality", "Problem.MunicipalityCodeFormat"));
            return null;
        }

        return code.Value.Value;
    }
}
