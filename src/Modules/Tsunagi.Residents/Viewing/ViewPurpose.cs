using Tsunagi.Residents.Domain;
using Tsunagi.Residents.Web;

namespace Tsunagi.Residents.Viewing;

/// <summary>
/// 閲覧目的: why a staff member looks at a protected person or reveals a 個人番号. Chosen from a list (その他 needs a
/// note); recorded in the audit trail in Japanese whatever the screen's language.
/// </summary>
public static class ViewPurpose
{
    public const int MaxNoteLength = 200;

    public const string Other = "other";

    /// <summary>Codes of the list, in the order shown; each has a label <c>Purpose.&lt;code&gt;</c>.</summary>
    public static IReadOnlyList<string> Codes { get; } = ["counter-identity", "notification", "certificate", "investigation", "tax-and-benefits", Other];

    /// <summary>The text to audit, or null with the problem (field paths <c>purpose</c> and <c>purposeNote</c>).</summary>
    public static string? Parse(string? code, string? note, out FieldProblem? problem)
    {
        problem = null;
        var trimmed = note?.Trim();
        if (string.IsNullOrWhiteSpace(code) || !Codes.Contains(code.Trim(), StringComparer.Ordinal))
        {
            problem = new FieldProblem("purpose", "Field.Purpose", "Problem.PurposeRequired");
            return null;
        }

        if (trimmed is { Length: > MaxNoteLength })
        {
            problem = new FieldProblem("purposeNote", "Field.PurposeNote", "Problem.TooLong", MaxNoteLength);
            return null;
        }

        if (code.Trim() == Other && string.IsNullOrEmpty(trimmed))
        {
            problem = new FieldProblem("purposeNote", "Field.PurposeNote", "Problem.PurposeNoteRequired");
            return null;
        }

        var label = ProblemText.Get("Purpose." + code.Trim(), ProblemText.Japanese);
        return string.IsNullOrEmpty(trimmed) ? label : $"{label}：{trimmed}";
    }
}
