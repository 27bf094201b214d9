namespace Tsunagi.Platform.Security;

/// <summary>
/// Encrypts, decrypts and blind-indexes personal data (個人番号) with the current tenant's data key.
/// Callers store the ciphertext and the index; they audit reveals themselves, with the purpose.
/// </summary>
public sealed class PersonalDataProtector(TenantKeyRing keys)
{
    public async Task<byte[]> EncryptAsync(string purpose, string plaintext, CancellationToken cancellationToken = default) =>
        PersonalDataCipher.Encrypt(await keys.CurrentAsync(cancellationToken), purpose, plaintext);

    /// <summary>Throws <see cref="System.Security.Cryptography.CryptographicException"/> for a value altered, of another tenant or of another purpose.</summary>
    public async Task<string> DecryptAsync(string purpose, byte[] ciphertext, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ciphertext);
        var key = await keys.VersionAsync(PersonalDataCipher.KeyVersionOf(ciphertext), cancellationToken);
        return PersonalDataCipher.Decrypt(key, purpose, ciphertext);
    }

    /// <summary>The value to store beside the ciphertext and to search by; see <see cref="BlindIndex"/>.</summary>
    public async Task<byte[]> BlindIndexAsync(string purpose, string value, CancellationToken cancellationToken = default) =>
        BlindIndex.Compute(await keys.CurrentAsync(cancellationToken), purpose, value);
}
