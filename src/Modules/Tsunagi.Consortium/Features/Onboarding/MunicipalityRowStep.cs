using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Consortium.Features.Onboarding;

/// <summary>The tenant itself: a row of the tenant directory in status Onboarding.</summary>
internal sealed class MunicipalityRowStep : IOnboardingStep
{
    public int Order => 100;

    public async Task RunAsync(OnboardingContext context, IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<PlatformDbContext>();
        db.Municipalities.Add(Municipality.StartOnboarding(context.Municipality, context.ConsortiumId, context.StartedAt));
        await db.SaveChangesAsync(cancellationToken);
    }
}
