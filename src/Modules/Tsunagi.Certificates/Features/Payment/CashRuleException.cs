namespace Tsunagi.Certificates.Features.Payment;

/// <summary>A fee, payment, void or settings change refused by a rule; nothing was changed. Messages carry no personal data.</summary>
public sealed class CashRuleException : Exception
{
    public CashRuleException()
        : this([])
    {
    }

    public CashRuleException(string message)
        : this([new CashProblem(string.Empty, message)])
    {
    }

    public CashRuleException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [new CashProblem(string.Empty, message)];
    }

    public CashRuleException(IReadOnlyList<CashProblem> problems)
        : base(string.Join(", ", problems.Select(p => p.Key)))
    {
        Problems = problems;
    }

    public CashRuleException(string field, string key, params object[] arguments)
        : this([new CashProblem(field, key, arguments)])
    {
    }

    public IReadOnlyList<CashProblem> Problems { get; }
}
