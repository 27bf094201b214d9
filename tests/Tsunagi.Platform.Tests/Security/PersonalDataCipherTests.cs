using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Tsunagi.Platform.Security;

namespace Tsunagi.Platform.Tests.Security;

public sealed class PersonalDataCipherTests
{
    private const string Purpose = PersonalDataPurpose.IndividualNumber;
    private const string Number = "123456789018";

    [Theory]
    [InlineData(Number)]
    [InlineData("")]
    [InlineData("髙橋 﨑子　ｶﾀｶﾅ")]
    public void An_encrypted_value_decrypts_to_the_original(string value)
    {
        var key = TestKeys.NewDataKey(TestKeys.Otsuchi);

        var ciphertext = PersonalDataCipher.Encrypt(key, Purpose, value);

        Assert.Equal(value, PersonalDataCipher.Decrypt(key, Purpose, ciphertext));
    }

    [Fact]
    public void The_ciphertext_holds_neither_the_value_nor_its_digits_in_any_encoding()
    {
        var ciphertext = PersonalDataCipher.Encrypt(TestKeys.NewDataKey(TestKeys.Otsuchi), Purpose, Number);

        Assert.Equal(-1, ciphertext.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Number)));
        Assert.Equal(-1, ciphertext.AsSpan().IndexOf(Encoding.Unicode.GetBytes(Number)));
    }

    [Fact]
    public void Encrypting_the_same_value_twice_gives_different_ciphertexts()
    {
        var key = TestKeys.NewDataKey(TestKeys.Otsuchi);

        Assert.NotEqual(PersonalDataCipher.Encrypt(key, Purpose, Number), PersonalDataCipher.Encrypt(key, Purpose, Number));
    }

    [Fact]
    public void The_ciphertext_starts_with_the_format_and_the_key_version()
    {
        var ciphertext = PersonalDataCipher.Encrypt(TestKeys.NewDataKey(TestKeys.Otsuchi, version: 7), Purpose, Number);

        Assert.Equal(PersonalDataCipher.Format, ciphertext[0]);
        Assert.Equal(7, BinaryPrimitives.ReadInt32BigEndian(ciphertext.AsSpan(1, 4)));
        Assert.Equal(7, PersonalDataCipher.KeyVersionOf(ciphertext));
    }

    [Fact]
    public void Flipping_any_single_byte_of_the_ciphertext_makes_decryption_fail()
    {
        var key = TestKeys.NewDataKey(TestKeys.Otsuchi);
        var ciphertext = PersonalDataCipher.Encrypt(key, Purpose, Number);

        for (var i = 0; i < ciphertext.Length; i++)
        {
            var tampered = (byte[])ciphertext.Clone();
            tampered[i] ^= 0x01;
            Assert.ThrowsAny<CryptographicException>(() => PersonalDataCipher.Decrypt(key, Purpose, tampered));
        }
    }

    [Fact]
    public void A_truncated_ciphertext_is_refused()
    {
        var key = TestKeys.NewDataKey(TestKeys.Otsuchi);
        var ciphertext = PersonalDataCipher.Encrypt(key, Purpose, Number);

        Assert.ThrowsAny<CryptographicException>(() => PersonalDataCipher.Decrypt(key, Purpose, ciphertext.AsSpan(0, ciphertext.Length - 1)));
        Assert.ThrowsAny<CryptographicException>(() => PersonalDataCipher.Decrypt(key, Purpose, ciphertext.AsSpan(0, 10)));
    }

    [Fact]
    public void A_ciphertext_copied_to_another_tenant_does_not_decrypt_even_under_the_same_key_bytes()
    {
        // Same key bytes for both tenants: only the associated data (the tenant id) tells them apart.
        var bytes = RandomNumberGenerator.GetBytes(DataKeyMaterial.KeySize);
        var otsuchi = new DataKeyMaterial(TestKeys.Otsuchi, 1, bytes);
        var noda = new DataKeyMaterial(TestKeys.Noda, 1, bytes);
        var ciphertext = PersonalDataCipher.Encrypt(otsuchi, Purpose, Number);

        Assert.ThrowsAny<CryptographicException>(() => PersonalDataCipher.Decrypt(noda, Purpose, ciphertext));
        Assert.Equal(Number, PersonalDataCipher.Decrypt(otsuchi, Purpose, ciphertext));
    }

    [Fact]
    public void A_ciphertext_of_one_purpose_does_not_decrypt_as_another()
    {
        var key = TestKeys.NewDataKey(TestKeys.Otsuchi);
        var ciphertext = PersonalDataCipher.Encrypt(key, Purpose, Number);

        Assert.ThrowsAny<CryptographicException>(() => PersonalDataCipher.Decrypt(key, "resident.resident-code", ciphertext));
    }

    [Fact]
    public void A_ciphertext_does_not_decrypt_under_another_data_key()
    {
        var ciphertext = PersonalDataCipher.Encrypt(TestKeys.NewDataKey(TestKeys.Otsuchi), Purpose, Number);

        Assert.ThrowsAny<CryptographicException>(() => PersonalDataCipher.Decrypt(TestKeys.NewDataKey(TestKeys.Otsuchi), Purpose, ciphertext));
    }

    [Theory]
    [InlineData("Resident")]
    [InlineData("resident number")]
    [InlineData("resident\0number")]
    public void A_purpose_outside_lower_case_ascii_is_refused(string purpose) =>
        Assert.Throws<ArgumentException>(() => PersonalDataCipher.Encrypt(TestKeys.NewDataKey(TestKeys.Otsuchi), purpose, Number));
}
