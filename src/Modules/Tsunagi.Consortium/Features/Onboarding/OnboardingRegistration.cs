using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Consortium.Features.Offboarding;
using Tsunagi.Platform.Settings;

namespace Tsunagi.Consortium.Features.Onboarding;

/// <summary>Onboarding and offboarding of municipalities (the host supplies <see cref="ITenantArchive"/>).</summary>
public static class OnboardingRegistration
{
    public static IServiceCollection AddOnboarding(this IServiceCollection services)
    {
        services.AddScoped<IOnboardingStep, MunicipalityRowStep>();
        services.AddScoped<IOnboardingStep, DataKeyStep>();
        services.AddScoped<IOnboardingStep, NumberSequencesStep>();
        services.AddScoped<IOnboardingStep, DefaultRolesStep>();
        services.AddScoped<IOnboardingStep, AdministratorInvitationStep>();
        services.AddScoped<OnboardMunicipalityHandler>();
        services.AddScoped<ActivateMunicipalityHandler>();
        services.AddScoped<MemberLookup>();
        services.AddScoped<InheritedSettingsQuery>();
        services.AddScoped<OffboardMunicipalityHandler>();
        services.AddSingleton<ISettingSource, OffboardingSettings>();
        return services;
    }
}
