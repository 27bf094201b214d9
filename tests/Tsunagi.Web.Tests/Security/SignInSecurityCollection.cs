using Tsunagi.Testing;

namespace Tsunagi.Web.Tests.Security;

/// <summary>
/// The sign-in security tests share one host (starting one costs seconds). They do not disturb each
/// other: each uses its own staff member and its own browser address, and they run one at a time, so
/// a test that advances the fake clock cannot expire another's session mid-test.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SignInSecurityCollection : ICollectionFixture<TsunagiFactory>
{
    public const string Name = "Sign-in security";
}
