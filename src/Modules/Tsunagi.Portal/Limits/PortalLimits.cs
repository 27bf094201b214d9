using System.ComponentModel.DataAnnotations;

namespace Tsunagi.Portal.Limits;

/// <summary>Configuration section <c>Portal:Limits</c>: the portal's abuse limits (fixed windows, no queue; over the limit → 429).</summary>
public sealed class PortalLimits
{
    public const string Section = "Portal:Limits";

    /// <summary>Code requests and code entries (sign-in form posts) per client address per 10 minutes.</summary>
    [Range(1, 100_000)]
    public int SignInPostsPerAddress { get; set; } = 10;

    /// <summary>Pre-application form posts per resident session (or address without one) per hour.</summary>
    [Range(1, 100_000)]
    public int SubmissionPostsPerSession { get; set; } = 30;

    /// <summary>Pre-application views by reference per client address per minute.</summary>
    [Range(1, 100_000)]
    public int LookupsPerAddress { get; set; } = 30;

    /// <summary>Largest request body accepted under <c>/portal</c>, in bytes (a form of four members is about 4 KB).</summary>
    [Range(1_024, 10_000_000)]
    public long MaxBodyBytes { get; set; } = 32 * 1024;
}
