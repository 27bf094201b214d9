using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Idempotency;

/// <summary>
/// The first result of a write sent with an idempotency key (API <c>Idempotency-Key</c> header, or the
/// token of a counter form). A repeat of the same request returns this result and writes nothing.
/// </summary>
public sealed class IdempotencyRecord : ITenantOwned
{
    public const int MaxKeyLength = 100;

    public string TenantId { get; set; } = string.Empty;

    public string Key { get; set; } = string.Empty;

    /// <summary>The use case, e.g. <c>residents.move-in</c>: a key reused for another operation is refused.</summary>
    public string Operation { get; set; } = string.Empty;

    /// <summary>SHA-256 of the request as the use case canonicalises it: a key reused with other data is refused.</summary>
    public string RequestHash { get; set; } = string.Empty;

    /// <summary>The result as JSON (ids and numbers, no personal data beyond what the caller sent).</summary>
    public string Result { get; set; } = string.Empty;

    public DateTimeOffset CreatedAt { get; set; }
}
