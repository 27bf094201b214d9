using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Consortium.Features.Onboarding;

/// <summary>The invitation of the town's first administrator (single use, seven days).</summary>
internal sealed class AdministratorInvitationStep : IOnboardingStep
{
    public int Order => 500;

    public async Task RunAsync(OnboardingContext context, IServiceProvider services, CancellationToken cancellationToken)
    {
        context.InvitationToken = await services.GetRequiredService<StaffInvitations>()
            .IssueAsync(context.AdministratorEmail, StandardRole.Administrator, StaffInvitations.DefaultLifetime, cancellationToken);
        await services.GetRequiredService<PlatformDbContext>().SaveChangesAsync(cancellationToken);
    }
}
