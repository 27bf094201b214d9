using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Input;

/// <summary>The reason every 職権 change must carry (field <c>reason</c>).</summary>
public static class ExOfficioReason
{
    public const int MaxLength = 500;

    public static string? Parse(string? value, InputReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        if (string.IsNullOrWhiteSpace(value))
        {
            reader.Add(new FieldProblem("reason", "Field.Reason", "Problem.ReasonRequired"));
            return null;
        }

        return reader.Text(value, "reason", "Field.Reason", MaxLength, required: true);
    }
}
