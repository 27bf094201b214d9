using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Input;

namespace Tsunagi.Residents.Features.MoveIn;

public static class MoveInParser
{
    public const int MaxMembers = 10;

    /// <summary>The command, or null with the problems in <paramref name="reader"/> (warnings may be there either way).</summary>
    public static MoveInCommand? Parse(MoveInInput input, InputReader reader)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(reader);
        var movedInOn = reader.Date(input.MovedInOn, "movedInOn", "Field.EffectiveOn", required: true);
        var notifiedOn = reader.Date(input.NotifiedOn, "notifiedOn", "Field.NotifiedOn", required: true);
        var previous = reader.Text(input.PreviousAddress, "previousAddress", "Field.PreviousAddress", 300, required: true);
        var address = AddressParser.Parse(input.Address ?? new AddressInput(), "address.", reader);
        var entered = (input.Members ?? []).Select((m, i) => (Member: m, Index: i)).Where(m => !m.Member.IsBlank).ToList();
        if (entered.Count == 0)
        {
            reader.Add(new FieldProblem("members", "Field.Members", "Problem.NoMembers"));
        }
        else if (entered.Count > MaxMembers)
        {
            reader.Add(new FieldProblem("members", "Field.Members", "Problem.TooManyMembers", MaxMembers));
        }

        var members = entered.Take(MaxMembers).Select(m => PersonParser.Parse(m.Member, $"members[{m.Index}].", reader)).ToList();
        if (members.TrueForAll(m => m is not null) && members.Count > 0)
        {
            foreach (var problem in Household.CheckHeads([.. members.Select(m => m!.Relationship == Relationships.Head)]))
            {
                reader.Add(problem);
            }
        }

        if (reader.HasErrors || movedInOn is null || notifiedOn is null || previous is null || address is null)
        {
            return null;
        }

        return new MoveInCommand(movedInOn.Value, notifiedOn.Value, previous, input.FromAbroad, address, [.. members.Select(m => m!)],
            string.IsNullOrWhiteSpace(input.MoveOutCertificateNumber) ? null : input.MoveOutCertificateNumber.Trim(),
            string.IsNullOrWhiteSpace(input.MoveOutMunicipalityCode) ? null : input.MoveOutMunicipalityCode.Trim());
    }
}
