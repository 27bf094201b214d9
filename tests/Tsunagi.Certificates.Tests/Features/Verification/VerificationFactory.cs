using Tsunagi.Testing;

namespace Tsunagi.Certificates.Tests.Features.Verification;

/// <summary>The real host with a verification limit no test of the behaviour reaches (the limit has its own tests).</summary>
public sealed class VerificationFactory : TsunagiFactory
{
    protected override IReadOnlyDictionary<string, string?> Settings =>
        new Dictionary<string, string?>(base.Settings) { ["Certificates:Verification:PermitPerMinute"] = "10000" };
}
