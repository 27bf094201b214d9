using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Input;

namespace Tsunagi.Residents.Features.ExOfficioApproval;

/// <summary>The reason a rejection must carry (field <c>decisionReason</c>).</summary>
public static class DecisionReason
{
    public static string? Parse(string? value, InputReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (string.IsNullOrWhiteSpace(value))
        {
            reader.Add(new FieldProblem("decisionReason", "Field.DecisionReason", "Problem.ReasonRequired"));
            return null;
        }

        return reader.Text(value, "decisionReason", "Field.DecisionReason", ExOfficioReason.MaxLength, required: true);
    }
}
