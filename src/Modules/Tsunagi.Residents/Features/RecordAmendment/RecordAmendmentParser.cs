using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Input;

namespace Tsunagi.Residents.Features.RecordAmendment;

public static class RecordAmendmentParser
{
    /// <summary>The command, or null with the problems in <paramref name="reader"/>. Empty items mean "not changed".</summary>
    public static RecordAmendmentCommand? Parse(RecordAmendmentInput input, InputReader reader)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(reader);
        if (input.ResidentId is null || input.Version is null)
        {
            reader.Add(new FieldProblem("residentId", "Field.Resident", "Problem.Required"));
        }

        var effectiveOn = reader.Date(input.EffectiveOn, "effectiveOn", "Field.EffectiveOn", required: true);
        var notifiedOn = reader.Date(input.NotifiedOn, "notifiedOn", "Field.NotifiedOn", required: true);
        var items = RecordItemsParser.Parse(input.Items ?? new RecordItemsInput(), "items.", reader);
        if (reader.HasErrors || effectiveOn is null || notifiedOn is null)
        {
            return null;
        }

        return new RecordAmendmentCommand(input.ResidentId!.Value, input.Version!.Value, effectiveOn.Value, notifiedOn.Value, items);
    }
}
