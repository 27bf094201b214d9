using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Input;

namespace Tsunagi.Residents.Features.DisclosureRestrictions;

public static class RestrictionParser
{
    /// <summary>Parses the form; without an end date the measure runs <paramref name="period"/> (the setting in force).</summary>
    public static RestrictionCommand? Parse(RestrictionInput input, InputReader reader, SupportMeasurePeriod period)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(period);
        var startsOn = reader.Date(input.StartsOn, "startsOn", "Field.StartsOn", required: true);
        var endsOn = reader.Date(input.EndsOn, "endsOn", "Field.EndsOn", required: false);
        var reason = reader.Text(input.Reason, "reason", "Field.RestrictionReason", 200, required: true);
        RestrictionScope? scope = input.Scope?.Trim() switch
        {
            "address" => RestrictionScope.Address,
            "certificates" => RestrictionScope.Certificates,
            "all" => RestrictionScope.All,
            _ => null,
        };
        if (scope is null)
        {
            reader.Add(new FieldProblem("scope", "Field.RestrictionScope", "Problem.ChooseFromList"));
        }

        if (startsOn is { } start && endsOn is { } end && end < start)
        {
            reader.Add(new FieldProblem("endsOn", "Field.EndsOn", "Problem.EndsBeforeStart"));
        }

        if (reader.HasErrors || startsOn is null || scope is null || reason is null)
        {
            return null;
        }

        return new RestrictionCommand(startsOn.Value, endsOn ?? startsOn.Value.AddMonths(period.Months).AddDays(-1), scope.Value, reason);
    }
}
