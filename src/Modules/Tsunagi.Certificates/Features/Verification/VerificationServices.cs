using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace Tsunagi.Certificates.Features.Verification;

public static class VerificationServices
{
    /// <summary>The lookup, its counter, and the rate limit shared by the public page and API (<see cref="VerificationSettings"/>).</summary>
    public static IServiceCollection AddVerification(this IServiceCollection services)
    {
        services.AddOptions<VerificationSettings>().BindConfiguration(VerificationSettings.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<VerificationLookup>();
        services.AddSingleton<VerificationMetrics>();
        services.AddRateLimiter(o => o.AddPolicy<string, VerificationRateLimit>(VerificationRateLimit.PolicyName));
        return services;
    }
}
