using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Platform.Security;

/// <summary>
/// One version of a tenant's data key, stored only wrapped by the <see cref="MasterKey"/>. Versions
/// start at 1; the highest is current, older ones stay to decrypt what they encrypted.
/// </summary>
public sealed class TenantDataKey : ITenantOwned
{
    public string TenantId { get; init; } = string.Empty;

    public int Version { get; init; }

    public byte[] WrappedKey { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }
}
