namespace Tsunagi.Continuity.Export;

/// <summary>An export or import that stopped before changing anything; the message says why in Japanese and English, with no personal data.</summary>
public sealed class ExportRefusedException : InvalidOperationException
{
    public ExportRefusedException()
    {
    }

    public ExportRefusedException(string message)
        : base(message)
    {
    }

    public ExportRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
