using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Input;
using Tsunagi.Residents.Notifications;

namespace Tsunagi.Residents.Features.Birth;

public static class BirthParser
{
    public const string ChildRelationship = "子";

    public static BirthCommand? Parse(BirthInput input, InputReader reader)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(reader);
        var householdId = ResidentVersionParser.Id(input.HouseholdId, "householdId", "Field.Household", reader);
        if (householdId is not null && input.HouseholdVersion is null)
        {
            reader.Add(new FieldProblem("householdVersion", "Field.Household", "Problem.VersionMissing"));
        }

        var notifiedOn = reader.Date(input.NotifiedOn, "notifiedOn", "Field.NotifiedOn", required: true);
        var child = input.Child ?? new PersonInput();
        if (string.IsNullOrWhiteSpace(child.Relationship))
        {
            child.Relationship = ChildRelationship;
        }

        var parsed = PersonParser.Parse(child, "child.", reader);
        if (parsed is { Relationship: Relationships.Head })
        {
            reader.Add(new FieldProblem("child.relationship", "Field.Relationship", "Problem.ChildCannotBeHead"));
        }

        if (reader.HasErrors || householdId is null || input.HouseholdVersion is null || notifiedOn is null || parsed is null)
        {
            return null;
        }

        return new BirthCommand(householdId.Value, input.HouseholdVersion.Value, notifiedOn.Value, parsed);
    }
}
