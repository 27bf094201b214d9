using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Tsunagi.Certificates.Features.Verification;

/// <summary>
/// One fixed one-minute window per client address shared by the verification page and API, so codes cannot be
/// guessed in bulk. The rejection (429, Retry-After, a Japanese page or problem) is the host's common answer.
/// </summary>
public sealed class VerificationRateLimit(IOptions<VerificationSettings> settings) : IRateLimiterPolicy<string>
{
    public const string PolicyName = "certificates-verification";

    private readonly int _permitPerMinute = settings.Value.PermitPerMinute;

    public Func<OnRejectedContext, CancellationToken, ValueTask>? OnRejected => null;

    public RateLimitPartition<string> GetPartition(HttpContext httpContext) =>
        RateLimitPartition.GetFixedWindowLimiter(
            httpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = _permitPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
