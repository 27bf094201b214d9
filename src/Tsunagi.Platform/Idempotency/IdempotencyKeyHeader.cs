using Microsoft.AspNetCore.Http;

namespace Tsunagi.Platform.Idempotency;

/// <summary>The <c>Idempotency-Key</c> request header every write endpoint honours.</summary>
public static class IdempotencyKeyHeader
{
    public const string Name = "Idempotency-Key";

    /// <summary>
    /// The key, or null when the header is absent. False when the header is present but is not one value of 1–100
    /// visible ASCII characters (the caller answers 422 naming the header).
    /// </summary>
    public static bool TryRead(HttpContext context, out string? key)
    {
        ArgumentNullException.ThrowIfNull(context);
        key = null;
        if (!context.Request.Headers.TryGetValue(Name, out var values))
        {
            return true;
        }

        var value = values.Count == 1 ? values[0] : null;
        if (!IdempotencyStore.IsValidKey(value))
        {
            return false;
        }

        key = value;
        return true;
    }
}
