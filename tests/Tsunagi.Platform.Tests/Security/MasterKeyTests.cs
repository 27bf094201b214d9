using System.Security.Cryptography;
using Tsunagi.Platform.Security;

namespace Tsunagi.Platform.Tests.Security;

public sealed class MasterKeyTests
{
    [Fact]
    public void A_wrapped_data_key_unwraps_with_the_same_master_key_and_does_not_contain_it()
    {
        var master = new MasterKey(RandomNumberGenerator.GetBytes(MasterKey.KeySize));
        var dataKey = RandomNumberGenerator.GetBytes(DataKeyMaterial.KeySize);

        var wrapped = master.Wrap(TestKeys.Otsuchi, 1, dataKey);

        Assert.Equal(-1, wrapped.AsSpan().IndexOf(dataKey));
        Assert.Equal(dataKey, master.Unwrap(TestKeys.Otsuchi, 1, wrapped));
    }

    [Fact]
    public void A_wrong_master_key_cannot_unwrap()
    {
        var dataKey = RandomNumberGenerator.GetBytes(DataKeyMaterial.KeySize);
        var wrapped = new MasterKey(RandomNumberGenerator.GetBytes(MasterKey.KeySize)).Wrap(TestKeys.Otsuchi, 1, dataKey);
        var wrong = new MasterKey(RandomNumberGenerator.GetBytes(MasterKey.KeySize));

        Assert.ThrowsAny<CryptographicException>(() => wrong.Unwrap(TestKeys.Otsuchi, 1, wrapped));
    }

    [Fact]
    public void A_wrapped_key_moved_to_another_tenant_or_version_does_not_unwrap()
    {
        var master = new MasterKey(RandomNumberGenerator.GetBytes(MasterKey.KeySize));
        var wrapped = master.Wrap(TestKeys.Otsuchi, 1, RandomNumberGenerator.GetBytes(DataKeyMaterial.KeySize));

        Assert.ThrowsAny<CryptographicException>(() => master.Unwrap(TestKeys.Noda, 1, wrapped));
        Assert.ThrowsAny<CryptographicException>(() => master.Unwrap(TestKeys.Otsuchi, 2, wrapped));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AAAA")]
    public void A_configured_key_that_is_not_base64_of_32_bytes_is_refused_naming_the_setting(string configured)
    {
        var error = Assert.Throws<InvalidOperationException>(() => MasterKey.FromBase64(configured));

        Assert.Contains(MasterKeyLoader.Setting, error.Message, StringComparison.Ordinal);
    }
}
