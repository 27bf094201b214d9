using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Tsunagi.Platform.Security;

/// <summary>
/// AES-256-GCM for one personal-data value. Ciphertext layout (format 1):
/// <c>format (1 byte) | key version (4 bytes, big-endian) | nonce (12) | tag (16) | ciphertext</c>.
/// The associated data is the 5-byte header, the tenant id and the purpose, so a value copied to
/// another tenant's row, moved to another field or relabelled with another key version fails to decrypt.
/// </summary>
public static class PersonalDataCipher
{
    public const byte Format = 1;

    public const int HeaderSize = 1 + sizeof(int);

    private const int NonceSize = 12;

    private const int TagSize = 16;

    public static byte[] Encrypt(DataKeyMaterial key, string purpose, string plaintext)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(plaintext);
        PersonalDataPurpose.Validate(purpose);
        var clear = Encoding.UTF8.GetBytes(plaintext);
        var sealedValue = new byte[HeaderSize + NonceSize + TagSize + clear.Length];
        sealedValue[0] = Format;
        BinaryPrimitives.WriteInt32BigEndian(sealedValue.AsSpan(1, sizeof(int)), key.Version);
        var nonce = sealedValue.AsSpan(HeaderSize, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key.EncryptionKey, TagSize);
        aes.Encrypt(
            nonce,
            clear,
            sealedValue.AsSpan(HeaderSize + NonceSize + TagSize),
            sealedValue.AsSpan(HeaderSize + NonceSize, TagSize),
            AssociatedData(sealedValue.AsSpan(0, HeaderSize), key.TenantId, purpose));
        CryptographicOperations.ZeroMemory(clear);
        return sealedValue;
    }

    /// <summary>The data key version a ciphertext needs; throws <see cref="CryptographicException"/> for an unknown format.</summary>
    public static int KeyVersionOf(ReadOnlySpan<byte> ciphertext)
    {
        if (ciphertext.Length < HeaderSize + NonceSize + TagSize)
        {
            throw new CryptographicException("The personal-data ciphertext is too short.");
        }

        if (ciphertext[0] != Format)
        {
            throw new CryptographicException($"Unknown personal-data ciphertext format {ciphertext[0]}.");
        }

        return BinaryPrimitives.ReadInt32BigEndian(ciphertext.Slice(1, sizeof(int)));
    }

    /// <summary>Throws <see cref="CryptographicException"/> when the value was altered or belongs to another tenant, purpose or key.</summary>
    public static string Decrypt(DataKeyMaterial key, string purpose, ReadOnlySpan<byte> ciphertext)
    {
        ArgumentNullException.ThrowIfNull(key);
        PersonalDataPurpose.Validate(purpose);
        var version = KeyVersionOf(ciphertext);
        if (version != key.Version)
        {
            throw new CryptographicException($"The ciphertext needs data key version {version}, not {key.Version}.");
        }

        var clear = new byte[ciphertext.Length - HeaderSize - NonceSize - TagSize];
        using var aes = new AesGcm(key.EncryptionKey, TagSize);
        aes.Decrypt(
            ciphertext.Slice(HeaderSize, NonceSize),
            ciphertext[(HeaderSize + NonceSize + TagSize)..],
            ciphertext.Slice(HeaderSize + NonceSize, TagSize),
            clear,
            AssociatedData(ciphertext[..HeaderSize], key.TenantId, purpose));
        var text = Encoding.UTF8.GetString(clear);
        CryptographicOperations.ZeroMemory(clear);
        return text;
    }

    private static byte[] AssociatedData(ReadOnlySpan<byte> header, string tenantId, string purpose)
    {
        // NUL cannot occur in a tenant id or a purpose, so the three parts cannot run into each other.
        var tenant = Encoding.UTF8.GetBytes(tenantId);
        var purposeBytes = Encoding.UTF8.GetBytes(purpose);
        var data = new byte[header.Length + tenant.Length + 1 + purposeBytes.Length];
        header.CopyTo(data);
        tenant.CopyTo(data, header.Length);
        purposeBytes.CopyTo(data, header.Length + tenant.Length + 1);
        return data;
    }
}
