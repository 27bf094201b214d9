using System.Globalization;
using Tsunagi.Counter.Domain.Cases;

namespace Tsunagi.Counter.Features.CaseCertificates;

/// <summary>The refusals a case page shows: at their field when the page has it, else in the summary; in the reader's language.</summary>
public sealed class CasePageProblems
{
    private readonly List<CaseProblem> _problems = [];

    public bool Any => _problems.Count > 0;

    public void Add(IEnumerable<CaseProblem> problems) => _problems.AddRange(problems);

    /// <summary>The message for <paramref name="field"/>, or null.</summary>
    public string? this[string field] => _problems.Where(p => p.Field == field).Select(Text).FirstOrDefault();

    /// <summary>Messages for fields the page has no input for (the subject, the state, the register's refusals …).</summary>
    public IEnumerable<string> Except(params string[] fields) => _problems.Where(p => !fields.Contains(p.Field, StringComparer.Ordinal)).Select(Text);

    private static string Text(CaseProblem problem) =>
        CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? problem.MessageEn : problem.MessageJa;
}
