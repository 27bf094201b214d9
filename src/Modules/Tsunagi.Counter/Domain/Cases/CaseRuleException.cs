namespace Tsunagi.Counter.Domain.Cases;

/// <summary>A refused change of a case: one problem per field, messages in Japanese and English; never personal data.</summary>
public sealed class CaseRuleException : Exception
{
    public CaseRuleException(IReadOnlyList<CaseProblem> problems)
        : base("The change of the counter case was refused.") => Problems = problems;

    public CaseRuleException(string field, string messageJa, string messageEn)
        : this([new CaseProblem(field, messageJa, messageEn)])
    {
    }

    public IReadOnlyList<CaseProblem> Problems { get; }

    public string MessageJa => string.Join(" ", Problems.Select(p => p.MessageJa));
}
