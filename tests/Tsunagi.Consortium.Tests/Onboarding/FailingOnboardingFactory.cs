using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Consortium.Features.Onboarding;
using Tsunagi.Testing;

namespace Tsunagi.Consortium.Tests.Onboarding;

/// <summary>The host with a step that fails midway through every onboarding.</summary>
public sealed class FailingOnboardingFactory : TsunagiFactory
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddScoped<IOnboardingStep, FailingStep>());
    }
}
