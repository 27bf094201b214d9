using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Input;

namespace Tsunagi.Residents.Features.ExOfficioCorrection;

public static class ExOfficioCorrectionParser
{
    /// <summary>The command, or null with the problems in <paramref name="reader"/>. Empty items mean "not changed".</summary>
    public static ExOfficioCorrectionCommand? Parse(ExOfficioCorrectionInput input, InputReader reader)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(reader);
        if (input.ResidentId is null || input.Version is null)
        {
            reader.Add(new FieldProblem("residentId", "Field.Resident", "Problem.Required"));
        }

        var effectiveOn = reader.Date(input.EffectiveOn, "effectiveOn", "Field.EffectiveOn", required: true);
        var reason = ExOfficioReason.Parse(input.Reason, reader);
        var items = RecordItemsParser.Parse(input.Items ?? new RecordItemsInput(), "items.", reader);
        var dateOfBirth = reader.Date(input.DateOfBirth, "dateOfBirth", "Field.DateOfBirth", required: false);
        var address = input.Address is { } a && !(string.IsNullOrWhiteSpace(a.PostalCode) && string.IsNullOrWhiteSpace(a.Locality) && string.IsNullOrWhiteSpace(a.Lot))
            ? AddressParser.Parse(a, "address.", reader)
            : null;
        if (reader.HasErrors || effectiveOn is null || reason is null)
        {
            return null;
        }

        return new ExOfficioCorrectionCommand(input.ResidentId!.Value, input.Version!.Value, effectiveOn.Value, reason, items with { DateOfBirth = dateOfBirth, Address = address });
    }
}
