using System.Security.Cryptography;
using System.Text;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Portal.Domain;

/// <summary>
/// A one-time sign-in code sent by e-mail: stored only as a salted hash, valid for <see cref="Lifetime"/>, at most
/// <see cref="MaxAttempts"/> tries, used once. <see cref="IdentityKey"/> is the keyed hash of the e-mail address.
/// </summary>
public sealed class ResidentSignInCode : ITenantOwned
{
    public const int MaxAttempts = 5;

    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    public string TenantId { get; set; } = string.Empty;

    public Guid Id { get; init; }

    public string IdentityKey { get; init; } = string.Empty;

    public string CodeHash { get; init; } = string.Empty;

    public DateTimeOffset IssuedAt { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public int Attempts { get; set; }

    public DateTimeOffset? UsedAt { get; set; }

    public static ResidentSignInCode Issue(string identityKey, string code, DateTimeOffset now)
    {
        var id = Guid.CreateVersion7(now);
        return new ResidentSignInCode { Id = id, IdentityKey = identityKey, CodeHash = Hash(id, code), IssuedAt = now, ExpiresAt = now + Lifetime };
    }

    public bool IsUsableAt(DateTimeOffset now) => UsedAt is null && Attempts < MaxAttempts && now < ExpiresAt;

    /// <summary>Counts the attempt; true (and the code is spent) only when usable and equal.</summary>
    public bool TryUse(string code, DateTimeOffset now)
    {
        if (!IsUsableAt(now))
        {
            return false;
        }

        Attempts++;
        var expected = Convert.FromHexString(CodeHash);
        var actual = Convert.FromHexString(Hash(Id, code));
        if (!CryptographicOperations.FixedTimeEquals(expected, actual))
        {
            return false;
        }

        UsedAt = now;
        return true;
    }

    private static string Hash(Guid id, string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(id.ToString("N") + ":" + code)));
}
