namespace Tsunagi.Platform.Identity;

/// <summary>An API client could not be registered; names the field and says what is wrong, in Japanese and English.</summary>
public sealed class ApiClientException : Exception
{
    public ApiClientException(ApiClientField field, string messageJa, string messageEn)
        : base($"{messageJa} / {messageEn}")
    {
        Field = field;
        MessageJa = messageJa;
        MessageEn = messageEn;
    }

    public ApiClientException()
        : this(ApiClientField.ClientId, "API クライアントを登録できませんでした。", "The API client could not be registered.")
    {
    }

    public ApiClientException(string message)
        : this(ApiClientField.ClientId, message, message)
    {
    }

    public ApiClientException(string message, Exception innerException)
        : base(message, innerException)
    {
        MessageJa = message;
        MessageEn = message;
    }

    public ApiClientField Field { get; }

    public string MessageJa { get; } = string.Empty;

    public string MessageEn { get; } = string.Empty;
}
