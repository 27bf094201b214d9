namespace Tsunagi.Consortium.Features.LegacyMigration;

/// <summary>A mapping file or legacy file that cannot be used at all; the message is Japanese and names no personal data.</summary>
public sealed class MappingException : Exception
{
    public MappingException()
    {
    }

    public MappingException(string message)
        : base(message)
    {
    }

    public MappingException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
