namespace Tsunagi.Certificates.Features.Issue;

/// <summary>A household or resident the register does not know on the day (another municipality's ids included): 404.</summary>
public sealed class IssueSubjectNotFoundException : Exception
{
    public IssueSubjectNotFoundException()
        : base("The household or resident is not on the register.")
    {
    }

    public IssueSubjectNotFoundException(string message)
        : base(message)
    {
    }

    public IssueSubjectNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
