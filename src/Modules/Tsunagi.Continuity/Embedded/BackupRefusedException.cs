namespace Tsunagi.Continuity.Embedded;

/// <summary>A backup or restore that stopped before changing anything; the message says why, in Japanese and English, without personal data.</summary>
public sealed class BackupRefusedException : InvalidOperationException
{
    public BackupRefusedException()
    {
    }

    public BackupRefusedException(string message)
        : base(message)
    {
    }

    public BackupRefusedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
