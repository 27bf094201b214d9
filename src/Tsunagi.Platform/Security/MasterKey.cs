using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Tsunagi.Platform.Security;

/// <summary>
/// The key that wraps every tenant data key (envelope encryption). It never encrypts personal data
/// itself. A wrapped key is nonce | tag | ciphertext under AES-256-GCM, bound by its associated data
/// to one tenant and one key version, so a wrapped key copied to another tenant's row does not unwrap.
/// </summary>
public sealed class MasterKey
{
    public const int KeySize = 32;

    private const int NonceSize = 12;

    private const int TagSize = 16;

    private static readonly byte[] WrapLabel = "tsunagi/tenant-data-key/v1"u8.ToArray();

    private readonly byte[] _key;

    public MasterKey(ReadOnlySpan<byte> key)
    {
        if (key.Length != KeySize)
        {
            throw new ArgumentException($"マスター鍵は {KeySize} バイトでなければなりません。 / The master key must be {KeySize} bytes, not {key.Length}.", nameof(key));
        }

        _key = key.ToArray();
    }

    /// <summary>Reads TSUNAGI_MASTER_KEY's format: base64 of exactly 32 bytes.</summary>
    public static MasterKey FromBase64(string encoded)
    {
        byte[] key;
        try
        {
            key = Convert.FromBase64String(encoded.Trim());
        }
        catch (FormatException error)
        {
            throw new InvalidOperationException($"{MasterKeyLoader.Setting} が base64 ではありません。 / {MasterKeyLoader.Setting} is not valid base64.", error);
        }

        if (key.Length != KeySize)
        {
            throw new InvalidOperationException($"{MasterKeyLoader.Setting} は {KeySize} バイトの base64 でなければなりません（{key.Length} バイトでした）。 / {MasterKeyLoader.Setting} must be base64 of {KeySize} bytes, not {key.Length}.");
        }

        return new MasterKey(key);
    }

    /// <summary>A separate 32-byte key for another purpose (HKDF-SHA256 with the purpose as info), e.g. backup encryption.</summary>
    public byte[] DeriveKey(string purpose) =>
        HKDF.DeriveKey(HashAlgorithmName.SHA256, _key, KeySize, salt: [], info: Encoding.UTF8.GetBytes(purpose));

    public byte[] Wrap(string tenantId, int version, ReadOnlySpan<byte> dataKey)
    {
        var wrapped = new byte[NonceSize + TagSize + dataKey.Length];
        var nonce = wrapped.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagSize);
        aes.Encrypt(nonce, dataKey, wrapped.AsSpan(NonceSize + TagSize), wrapped.AsSpan(NonceSize, TagSize), AssociatedData(tenantId, version));
        return wrapped;
    }

    /// <summary>Throws <see cref="CryptographicException"/> when the key, tenant or version does not match.</summary>
    public byte[] Unwrap(string tenantId, int version, ReadOnlySpan<byte> wrapped)
    {
        if (wrapped.Length <= NonceSize + TagSize)
        {
            throw new CryptographicException("The wrapped tenant data key is too short.");
        }

        var dataKey = new byte[wrapped.Length - NonceSize - TagSize];
        using var aes = new AesGcm(_key, TagSize);
        aes.Decrypt(wrapped[..NonceSize], wrapped[(NonceSize + TagSize)..], wrapped.Slice(NonceSize, TagSize), dataKey, AssociatedData(tenantId, version));
        return dataKey;
    }

    private static byte[] AssociatedData(string tenantId, int version)
    {
        var tenant = Encoding.UTF8.GetBytes(tenantId);
        var data = new byte[WrapLabel.Length + 1 + tenant.Length + 1 + sizeof(int)];
        WrapLabel.CopyTo(data, 0);
        tenant.CopyTo(data, WrapLabel.Length + 1);
        BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(data.Length - sizeof(int)), version);
        return data;
    }
}
