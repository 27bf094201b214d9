namespace Tsunagi.Certificates.Features.Issue;

/// <summary>The request was checked and refused (422): nothing was issued. Carries keys, never personal data, in its message.</summary>
public sealed class IssueRefusedException : Exception
{
    public IssueRefusedException()
        : this([])
    {
    }

    public IssueRefusedException(string message)
        : base(message)
    {
        Problems = [];
    }

    public IssueRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
        Problems = [];
    }

    public IssueRefusedException(IReadOnlyList<IssueProblem> problems)
        : base("The certificate request was refused: " + string.Join(", ", (problems ?? []).Select(p => p.MessageKey)))
    {
        Problems = problems ?? [];
    }

    public IReadOnlyList<IssueProblem> Problems { get; }
}
