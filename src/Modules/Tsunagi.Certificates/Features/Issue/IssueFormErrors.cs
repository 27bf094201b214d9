using System.Globalization;

namespace Tsunagi.Certificates.Features.Issue;

/// <summary>The issuance form's problems by field path, in the page's language, and the element ids the page gives those fields.</summary>
public sealed class IssueFormErrors
{
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public IEnumerable<KeyValuePair<string, string>> All => _errors;

    public string? this[string field] => _errors.GetValueOrDefault(field);

    public void Add(IEnumerable<IssueProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var problem in problems)
        {
            _errors.TryAdd(problem.Field, IssueProblemText.Message(problem, CultureInfo.CurrentUICulture));
        }
    }

    /// <summary>The element id of a field path: <c>requester.name</c> → <c>requester-name</c>.</summary>
    public static string IdOf(string field) =>
        (field ?? string.Empty).Replace("[", "-", StringComparison.Ordinal).Replace("]", string.Empty, StringComparison.Ordinal).Replace('.', '-');
}
