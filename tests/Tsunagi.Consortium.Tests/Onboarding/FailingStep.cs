using Tsunagi.Consortium.Features.Onboarding;

namespace Tsunagi.Consortium.Tests.Onboarding;

/// <summary>Fails after the municipality row and its data key were added, before the sequences, roles and invitation.</summary>
internal sealed class FailingStep : IOnboardingStep
{
    public int Order => 250;

    public Task RunAsync(OnboardingContext context, IServiceProvider services, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("injected failure");
}
