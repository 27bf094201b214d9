using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Identity;

namespace Tsunagi.Consortium.Features.Onboarding;

/// <summary>The standard roles of a municipality (管理者, 窓口職員, 監査担当) with the permissions modules grant them.</summary>
internal sealed class DefaultRolesStep : IOnboardingStep
{
    public int Order => 400;

    public async Task RunAsync(OnboardingContext context, IServiceProvider services, CancellationToken cancellationToken)
    {
        var accounts = services.GetRequiredService<StaffAccounts>();
        foreach (var role in StandardRoles.ForMunicipality)
        {
            await accounts.EnsureStandardRoleAsync(context.Municipality.Code, role);
        }
    }
}
