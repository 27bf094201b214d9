namespace Tsunagi.Portal.Features.Counter;

/// <summary>The pre-application cannot be taken: unknown in this town, expired, withdrawn, or already taken by a case.</summary>
public sealed class PreApplicationUnavailableException : InvalidOperationException
{
    public PreApplicationUnavailableException()
        : base("この事前申請は受け付けられません（参照番号が見つからないか、期限切れ・取消・受付済です）。")
    {
    }

    public PreApplicationUnavailableException(string message)
        : base(message)
    {
    }

    public PreApplicationUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
