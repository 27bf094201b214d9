using System.Security.Cryptography;
using Tsunagi.Platform.Security;

namespace Tsunagi.Platform.Tests.Security;

internal static class TestKeys
{
    public const string Otsuchi = "034614";

    public const string Noda = "035033";

    public static DataKeyMaterial NewDataKey(string tenantId, int version = 1) =>
        new(tenantId, version, RandomNumberGenerator.GetBytes(DataKeyMaterial.KeySize));
}
