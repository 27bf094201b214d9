using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Input;

namespace Tsunagi.Residents.Features.ExOfficioRemoval;

public static class ExOfficioRemovalParser
{
    public static ExOfficioRemovalCommand? Parse(ExOfficioRemovalInput input, InputReader reader)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(reader);
        if (input.ResidentId is null || input.Version is null)
        {
            reader.Add(new FieldProblem("residentId", "Field.Resident", "Problem.Required"));
        }

        var effectiveOn = reader.Date(input.EffectiveOn, "effectiveOn", "Field.EffectiveOn", required: true);
        var reason = ExOfficioReason.Parse(input.Reason, reader);
        return reader.HasErrors || effectiveOn is null || reason is null
            ? null
            : new ExOfficioRemovalCommand(input.ResidentId!.Value, input.Version!.Value, effectiveOn.Value, reason);
    }
}
