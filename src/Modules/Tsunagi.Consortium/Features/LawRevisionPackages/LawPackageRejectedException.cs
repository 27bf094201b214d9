namespace Tsunagi.Consortium.Features.LawRevisionPackages;

/// <summary>The package cannot be imported; each problem is a Japanese sentence naming the entry and field. Nothing was stored.</summary>
public sealed class LawPackageRejectedException : Exception
{
    public LawPackageRejectedException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems)) => Problems = problems;

    public LawPackageRejectedException(string problem)
        : this([problem])
    {
    }

    public LawPackageRejectedException()
        : this([])
    {
    }

    public LawPackageRejectedException(string message, Exception innerException)
        : base(message, innerException) => Problems = [message];

    public IReadOnlyList<string> Problems { get; }
}
