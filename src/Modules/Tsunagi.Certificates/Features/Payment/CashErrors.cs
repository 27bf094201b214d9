using System.Globalization;

namespace Tsunagi.Certificates.Features.Payment;

/// <summary>A cash-desk form's problems by field, in the page's language, and the element id of each field (<c>prefix-field</c>).</summary>
public sealed class CashErrors(string idPrefix)
{
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);

    public bool Any => _errors.Count > 0;

    public IEnumerable<KeyValuePair<string, string>> All => _errors;

    public string? this[string field] => _errors.GetValueOrDefault(field);

    public string IdOf(string field) => idPrefix + "-" + (field.Length == 0 ? "form" : field);

    /// <summary>The aria-describedby of a field: its error's id when it has one.</summary>
    public string? DescribedBy(string field) => _errors.ContainsKey(field) ? IdOf(field) + "-error" : null;

    public string? Invalid(string field) => _errors.ContainsKey(field) ? "true" : null;

    /// <summary>A message already written (the settings framework's Japanese messages, which name the field themselves).</summary>
    public void AddMessage(string field, string message) => _errors.TryAdd(field, message);

    public void Add(IEnumerable<CashProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        foreach (var problem in problems)
        {
            _errors.TryAdd(problem.Field, CashText.Message(problem, CultureInfo.CurrentUICulture));
        }
    }
}
