namespace Tsunagi.Platform.Persistence;

/// <summary>
/// Thrown instead of starting a write while the database is in degraded mode; nothing was changed. The web host answers it with
/// 503 (problem+json for the API, a page message for forms); the message holds no personal data.
/// </summary>
public sealed class WritesUnavailableException : InvalidOperationException
{
    public const string MessageJa = "現在、縮退運転中のため登録・更新はできません（照会はできます）。何も保存されていません。復旧後にもう一度操作してください。";

    public const string MessageEn = "The system is in degraded mode: reading works, but nothing can be saved now. Nothing was saved; try again after recovery.";

    public WritesUnavailableException()
        : this(WriteAvailability.ReadOnly)
    {
    }

    public WritesUnavailableException(string message)
        : base(message)
    {
    }

    public WritesUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public WritesUnavailableException(WriteAvailability state, Exception? innerException = null)
        : base($"{MessageJa} / {MessageEn}", innerException) => State = state;

    public WriteAvailability State { get; }
}
