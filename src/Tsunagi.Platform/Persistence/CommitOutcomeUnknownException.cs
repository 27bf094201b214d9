namespace Tsunagi.Platform.Persistence;

/// <summary>
/// The commit may or may not have happened: the server stopped waiting for the synchronous standby
/// ("canceling wait for synchronous replication", the row is on the primary only) or the connection broke
/// while the commit was in flight. The caller must not report success nor failure: it retries the same
/// request with the same idempotency key, which either finds the first result or writes it once.
/// </summary>
public sealed class CommitOutcomeUnknownException : Exception
{
    public CommitOutcomeUnknownException()
        : base("書き込みの結果が確認できません。同じ内容でもう一度送信してください（二重登録にはなりません）。 / The outcome of the commit is unknown; send the same request again (it is idempotent).")
    {
    }

    public CommitOutcomeUnknownException(string message)
        : base(message)
    {
    }

    public CommitOutcomeUnknownException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public static CommitOutcomeUnknownException After(Exception? cause) =>
        cause is null ? new CommitOutcomeUnknownException() : new CommitOutcomeUnknownException(new CommitOutcomeUnknownException().Message, cause);
}
