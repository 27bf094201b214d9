namespace Tsunagi.Consortium.Features.Onboarding;

/// <summary>
/// One part of setting up a new member, run in the new municipality's tenant scope inside the onboarding
/// transaction (lowest <see cref="Order"/> first). A module that needs something per town adds a step; a step that
/// throws undoes every step before it.
/// </summary>
public interface IOnboardingStep
{
    int Order { get; }

    Task RunAsync(OnboardingContext context, IServiceProvider services, CancellationToken cancellationToken);
}
