using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Input;

namespace Tsunagi.Residents.Features.HouseholdChange;

public static class HouseholdChangeParser
{
    public const int MaxMembers = 20;

    /// <summary>The command, or null with the problems in <paramref name="reader"/>.</summary>
    public static HouseholdChangeCommand? Parse(HouseholdChangeInput input, InputReader reader)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(reader);
        var kind = HouseholdChangeKinds.Parse(input.Kind);
        if (kind is null)
        {
            reader.Add(new FieldProblem("kind", "Field.HouseholdChangeKind", "Problem.UnknownHouseholdChangeKind"));
        }

        var effectiveOn = reader.Date(input.EffectiveOn, "effectiveOn", "Field.EffectiveOn", required: true);
        var notifiedOn = reader.Date(input.NotifiedOn, "notifiedOn", "Field.NotifiedOn", required: true);
        Required(input.HouseholdId, "householdId", "Field.Household", reader);
        Required(input.HouseholdVersion, "householdVersion", "Field.Household", reader);
        if (kind == HouseholdChangeKind.Merge)
        {
            Required(input.OtherHouseholdId, "otherHouseholdId", "Field.OtherHousehold", reader);
            Required(input.OtherHouseholdVersion, "otherHouseholdVersion", "Field.OtherHousehold", reader);
            if (input.OtherHouseholdId is { } other && other == input.HouseholdId)
            {
                reader.Add(new FieldProblem("otherHouseholdId", "Field.OtherHousehold", "Problem.SameHousehold"));
            }
        }

        var members = ParseMembers(input.Members ?? [], reader);
        if (kind == HouseholdChangeKind.Split && members.Count > 0)
        {
            var leaving = members.Where(m => m.Leaves).ToList();
            if (leaving.Count == 0)
            {
                reader.Add(new FieldProblem("members", "Field.Members", "Problem.NobodyLeaves"));
            }
            else
            {
                foreach (var problem in Household.CheckHeads([.. leaving.Select(m => m.Relationship == Relationships.Head)]))
                {
                    reader.Add(problem with { Field = "newHousehold", LabelKey = "Field.NewHousehold" });
                }
            }
        }

        if (reader.HasErrors || kind is null || effectiveOn is null || notifiedOn is null)
        {
            return null;
        }

        return new HouseholdChangeCommand(
            kind.Value, effectiveOn.Value, notifiedOn.Value, input.HouseholdId!.Value, input.HouseholdVersion!.Value,
            kind == HouseholdChangeKind.Merge ? input.OtherHouseholdId : null,
            kind == HouseholdChangeKind.Merge ? input.OtherHouseholdVersion : null,
            members);
    }

    private static List<HouseholdMemberChange> ParseMembers(IList<HouseholdMemberInput> inputs, InputReader reader)
    {
        var entered = inputs.Select((m, i) => (Member: m, Index: i)).Where(m => m.Member.ResidentId is not null).ToList();
        if (entered.Count == 0)
        {
            reader.Add(new FieldProblem("members", "Field.Members", "Problem.NoMembers"));
            return [];
        }

        if (entered.Count > MaxMembers)
        {
            reader.Add(new FieldProblem("members", "Field.Members", "Problem.TooManyMembers", MaxMembers));
            return [];
        }

        var members = new List<HouseholdMemberChange>();
        var seen = new HashSet<Guid>();
        foreach (var (member, index) in entered)
        {
            var path = $"members[{index}].";
            if (!seen.Add(member.ResidentId!.Value))
            {
                reader.Add(new FieldProblem(path + "residentId", "Field.Resident", "Problem.DuplicateMember"));
            }

            Required(member.Version, path + "version", "Field.Resident", reader);
            var relationship = reader.Text(member.Relationship, path + "relationship", "Field.Relationship", 20, required: true);
            if (relationship is not null && !Relationships.IsKnown(relationship))
            {
                reader.Add(new FieldProblem(path + "relationship", "Field.Relationship", "Problem.UnknownRelationship"));
                relationship = null;
            }

            if (relationship is not null && member.Version is { } version)
            {
                members.Add(new HouseholdMemberChange(index, member.ResidentId.Value, version, relationship, member.Leaves));
            }
        }

        return members;
    }

    private static void Required<T>(T? value, string field, string label, InputReader reader)
        where T : struct
    {
        if (value is null)
        {
            reader.Add(new FieldProblem(field, label, "Problem.Required"));
        }
    }
}
