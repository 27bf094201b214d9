namespace Tsunagi.Consortium.Features.Usage;

/// <summary>The municipality is not a member of the caller's consortium (answered as 404: its existence is not confirmed).</summary>
public sealed class UsageNotVisibleException : Exception
{
    public UsageNotVisibleException()
        : base("The municipality is not visible to this tenant.")
    {
    }

    public UsageNotVisibleException(string message)
        : base(message)
    {
    }

    public UsageNotVisibleException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
