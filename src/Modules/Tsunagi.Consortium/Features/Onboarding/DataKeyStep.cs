using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Security;

namespace Tsunagi.Consortium.Features.Onboarding;

/// <summary>The tenant's first data key (個人番号 encryption), created by the key ring inside the onboarding transaction.</summary>
internal sealed class DataKeyStep : IOnboardingStep
{
    public int Order => 200;

    public Task RunAsync(OnboardingContext context, IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<TenantKeyRing>().CurrentAsync(cancellationToken);
}
