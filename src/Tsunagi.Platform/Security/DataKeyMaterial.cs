using System.Security.Cryptography;
using System.Text;

namespace Tsunagi.Platform.Security;

/// <summary>
/// An unwrapped tenant data key and the subkeys HKDF derives from it: one for encryption, one per
/// purpose for blind indexes, so no key is used for two jobs.
/// </summary>
public sealed class DataKeyMaterial
{
    public const int KeySize = 32;

    private readonly byte[] _dataKey;

    public DataKeyMaterial(string tenantId, int version, ReadOnlySpan<byte> dataKey)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        ArgumentOutOfRangeException.ThrowIfLessThan(version, 1);
        ArgumentOutOfRangeException.ThrowIfNotEqual(dataKey.Length, KeySize, nameof(dataKey));
        TenantId = tenantId;
        Version = version;
        _dataKey = dataKey.ToArray();
        EncryptionKey = Derive("tsunagi/personal-data/encryption/v1");
    }

    public string TenantId { get; }

    public int Version { get; }

    internal byte[] EncryptionKey { get; }

    internal byte[] IndexKey(string purpose) => Derive("tsunagi/personal-data/blind-index/v1/" + purpose);

    private byte[] Derive(string info) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, _dataKey, KeySize, salt: [], info: Encoding.UTF8.GetBytes(info));
}
