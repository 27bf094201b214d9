using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Input;

namespace Tsunagi.Residents.Notifications;

/// <summary>Reads the residents a notification changes (<c>members[n]</c>): at least one, each once.</summary>
public static class MemberList
{
    public const int MaxMembers = 20;

    public static IReadOnlyList<ResidentVersion>? Parse(IList<ResidentVersionInput>? input, InputReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var entered = input ?? [];
        if (entered.Count == 0)
        {
            reader.Add(new FieldProblem("members", "Field.Members", "Problem.NoneChosen"));
            return null;
        }

        if (entered.Count > MaxMembers)
        {
            reader.Add(new FieldProblem("members", "Field.Members", "Problem.TooManyMembers", MaxMembers));
            return null;
        }

        var members = entered.Select((m, i) => ResidentVersionParser.Parse(m, $"members[{i}].residentId", "Field.Resident", reader)).ToList();
        if (members.Exists(m => m is null))
        {
            return null;
        }

        if (members.Select(m => m!.ResidentId).Distinct().Count() != members.Count)
        {
            reader.Add(new FieldProblem("members", "Field.Members", "Problem.DuplicateMember"));
            return null;
        }

        return [.. members.Select(m => m!)];
    }
}
