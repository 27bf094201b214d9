using System.Text.RegularExpressions;
using Tsunagi.Platform.Japanese;
using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Input;

/// <summary>
/// Reads typed text into values, collecting one <see cref="FieldProblem"/> per wrong field (named by its path
/// and label) instead of stopping at the first. Text is trimmed; full-width digits are accepted everywhere.
/// </summary>
public sealed partial class InputReader
{
    private readonly List<FieldProblem> _problems = [];

    public IReadOnlyList<FieldProblem> Problems => _problems;

    /// <summary>Problems that stop the change (warnings excluded).</summary>
    public bool HasErrors => _problems.Exists(p => !p.IsWarning);

    public void Add(FieldProblem problem) => _problems.Add(problem);

    public string? Text(string? value, string field, string label, int maxLength, bool required)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            if (required)
            {
                Add(new FieldProblem(field, label, "Problem.Required"));
            }

            return null;
        }

        if (text.Length > maxLength)
        {
            Add(new FieldProblem(field, label, "Problem.TooLong", maxLength));
            return null;
        }

        return text;
    }

    public string? Kana(string? value, string field, string label, int maxLength)
    {
        var text = Text(value, field, label, maxLength, required: true);
        if (text is not null && !KanaOnly().IsMatch(text))
        {
            Add(new FieldProblem(field, label, "Problem.NotKana"));
            return null;
        }

        return text;
    }

    public DateOnly? Date(string? value, string field, string label, bool required)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                Add(new FieldProblem(field, label, "Problem.Required"));
            }

            return null;
        }

        if (!JapaneseEraDate.TryParse(value, out var date, out _))
        {
            Add(new FieldProblem(field, label, "Problem.InvalidDate"));
            return null;
        }

        return date;
    }

    /// <summary>〒 7 digits, written back as 028-1131.</summary>
    public string? PostalCode(string? value, string field)
    {
        var digits = TypedDigits.Clean(value?.Replace("〒", string.Empty, StringComparison.Ordinal));
        if (string.IsNullOrEmpty(digits))
        {
            Add(new FieldProblem(field, "Field.PostalCode", digits is null ? "Problem.PostalCodeFormat" : "Problem.Required"));
            return null;
        }

        if (digits.Length != 7)
        {
            Add(new FieldProblem(field, "Field.PostalCode", "Problem.PostalCodeFormat"));
            return null;
        }

        return $"{digits[..3]}-{digits[3..]}";
    }

    // Katakana, hiragana, the long vowel mark, middle dot, voiced marks, spaces; half-width katakana too.
    [GeneratedRegex(@"^[\u3041-\u3096\u309B-\u309E\u30A1-\u30FA\u30FC-\u30FE\uFF66-\uFF9F\s・･ー]+$")]
    private static partial Regex KanaOnly();
}
