using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Idempotency;

/// <summary>
/// Looks up and records idempotent results inside the caller's <see cref="UnitOfWork"/>. Two concurrent first
/// attempts with one key: the second insert violates the key, the unit of work runs again and finds the first.
/// </summary>
public sealed class IdempotencyStore(PlatformDbContext db, ITenantContext tenant, TimeProvider time)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The stored result of an earlier identical request, or default when the key is new.</summary>
    /// <exception cref="IdempotencyKeyReusedException">The key was used for another operation or other data.</exception>
    public async Task<TResult?> FindAsync<TResult>(string key, string operation, string requestHash, CancellationToken cancellationToken = default)
    {
        var record = await db.Set<IdempotencyRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Key == key, cancellationToken);
        if (record is null)
        {
            return default;
        }

        if (record.Operation != operation || record.RequestHash != requestHash)
        {
            throw new IdempotencyKeyReusedException();
        }

        return JsonSerializer.Deserialize<TResult>(record.Result, Json);
    }

    public void Record<TResult>(string key, string operation, string requestHash, TResult result) =>
        db.Set<IdempotencyRecord>().Add(new IdempotencyRecord
        {
            TenantId = tenant.TenantId,
            Key = key,
            Operation = operation,
            RequestHash = requestHash,
            Result = JsonSerializer.Serialize(result, Json),
            CreatedAt = time.GetUtcNow(),
        });

    /// <summary>SHA-256 (hex) of a request serialised as JSON: the same data gives the same hash.</summary>
    public static string HashOf<TRequest>(TRequest request) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(request, Json))));

    /// <summary>A key a person or client may send: 1–100 visible ASCII characters.</summary>
    public static bool IsValidKey(string? key) =>
        key is { Length: > 0 and <= IdempotencyRecord.MaxKeyLength } && key.All(c => c is > ' ' and < (char)127);
}
