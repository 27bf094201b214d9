using System.ComponentModel.DataAnnotations;

namespace Tsunagi.Certificates.Features.Verification;

/// <summary>Configuration section <c>Certificates:Verification</c>.</summary>
public sealed class VerificationSettings
{
    public const string Section = "Certificates:Verification";

    /// <summary>Lookups per client address and minute, page and API together; the next one is answered 429.</summary>
    [Range(1, 100_000)]
    public int PermitPerMinute { get; set; } = 20;
}
