namespace Tsunagi.Platform.Idempotency;

/// <summary>The key was already used for a different operation or different data; nothing was written.</summary>
public sealed class IdempotencyKeyReusedException() : Exception("この冪等キーは別の内容の要求に使われています。 / The idempotency key was already used for a different request.");
