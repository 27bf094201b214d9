using System.Globalization;
using Tsunagi.Residents.Domain;

namespace Tsunagi.Residents.Web;

/// <summary>A form's problems by field path (<c>members[0].dateOfBirth</c>), in the page's language, and the ids the page gives those fields.</summary>
public sealed class FormErrors
{
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);
    private readonly List<string> _warnings = [];

    public bool Any => _errors.Count > 0;

    public IEnumerable<KeyValuePair<string, string>> All => _errors;

    public IReadOnlyList<string> Warnings => _warnings;

    public string? this[string field] => _errors.GetValueOrDefault(field);

    public void Add(IEnumerable<FieldProblem> problems)
    {
        foreach (var problem in problems)
        {
            var message = ProblemText.Message(problem, CultureInfo.CurrentUICulture);
            if (problem.IsWarning)
            {
                _warnings.Add(message);
            }
            else
            {
                _errors.TryAdd(problem.Field, message);
            }
        }
    }

    /// <summary>The element id of a field path: <c>members[0].dateOfBirth</c> → <c>members-0-dateOfBirth</c>.</summary>
    public static string IdOf(string field) => field.Replace("[", "-", StringComparison.Ordinal).Replace("].", "-", StringComparison.Ordinal).Replace('.', '-');
}
