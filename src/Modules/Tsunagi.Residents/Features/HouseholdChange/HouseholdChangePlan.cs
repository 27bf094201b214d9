using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Features.HouseholdChange;

/// <summary>
/// Works out who a 世帯変更 changes and checks the household rules on the result: every person named is a
/// registered member of the household acted on (and unchanged since the form was made), every household keeps
/// exactly one head, 合併 and 世帯主変更 re-enter everyone's 続柄, a split leaves somebody behind.
/// </summary>
public static class HouseholdChangePlan
{
    /// <param name="members">Registered members of the household acted on.</param>
    /// <param name="otherMembers">合併: registered members of the household that joins; empty otherwise.</param>
    /// <param name="newHouseholdId">分離: the id of the household the leavers form.</param>
    public static IReadOnlyList<PlannedMember> For(HouseholdChangeCommand command, IReadOnlyList<Resident> members, IReadOnlyList<Resident> otherMembers, Guid newHouseholdId)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(otherMembers);
        var named = command.Kind == HouseholdChangeKind.Merge ? otherMembers : members;
        var problems = CheckNamed(command, named);
        if (problems.Count > 0)
        {
            throw new ResidentRuleException(problems);
        }

        var after = members.Concat(otherMembers).ToDictionary(r => r.Id, r => (Household: r.HouseholdId, r.Relationship));
        foreach (var member in command.Members)
        {
            var household = command.Kind == HouseholdChangeKind.Split && member.Leaves ? newHouseholdId : command.HouseholdId;
            after[member.ResidentId] = (household, member.Relationship);
        }

        if (command.Kind == HouseholdChangeKind.Split && members.All(m => after[m.Id].Household == newHouseholdId))
        {
            problems.Add(new FieldProblem("members", "Field.Members", "Problem.NobodyRemains"));
        }

        problems.AddRange(Heads(after.Values, command.HouseholdId, "household", "Field.Household"));
        problems.AddRange(Heads(after.Values, newHouseholdId, "newHousehold", "Field.NewHousehold"));
        if (command.Kind == HouseholdChangeKind.HeadChange
            && members.SingleOrDefault(m => m.Record.IsHouseholdHead) is { } head && after[head.Id].Relationship == Relationships.Head)
        {
            problems.Add(new FieldProblem("members", "Field.Members", "Problem.SameHead"));
        }

        if (command.Kind == HouseholdChangeKind.Merge && members is [var receiving, ..]
            && otherMembers.Any(m => m.Record.Address != receiving.Record.Address))
        {
            problems.Add(new FieldProblem("otherHouseholdId", "Field.OtherHousehold", "Problem.MergeDifferentAddress"));
        }

        if (problems.Count > 0)
        {
            throw new ResidentRuleException(problems);
        }

        return [.. members.Concat(otherMembers)
            .Where(r => after[r.Id] != (r.HouseholdId, r.Relationship))
            .Select(r => new PlannedMember(r, after[r.Id].Household, after[r.Id].Relationship))];
    }

    private static List<FieldProblem> CheckNamed(HouseholdChangeCommand command, IReadOnlyList<Resident> named)
    {
        var problems = new List<FieldProblem>();
        var byId = named.ToDictionary(r => r.Id);
        var stale = false;
        foreach (var member in command.Members)
        {
            if (!byId.TryGetValue(member.ResidentId, out var resident))
            {
                problems.Add(new FieldProblem($"members[{member.Index}].residentId", "Field.Resident", "Problem.NotInHousehold"));
            }
            else
            {
                stale |= resident.Version != member.Version;
            }
        }

        if (problems.Count == 0 && stale)
        {
            throw new StaleFormException();
        }

        if (command.Kind != HouseholdChangeKind.Split && named.Any(r => command.Members.All(m => m.ResidentId != r.Id)))
        {
            problems.Add(new FieldProblem("members", "Field.Members", "Problem.AllMembersRequired"));
        }

        return problems;
    }

    private static IEnumerable<FieldProblem> Heads(IEnumerable<(Guid Household, string Relationship)> after, Guid household, string field, string label) =>
        Household.CheckHeads([.. after.Where(a => a.Household == household).Select(a => a.Relationship == Relationships.Head)])
            .Select(p => p with { Field = field, LabelKey = label });
}
