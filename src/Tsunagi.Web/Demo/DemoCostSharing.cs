using Tsunagi.Consortium.Demo;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;

namespace Tsunagi.Web.Demo;

/// <summary>The demo consortium's cost model (owned by the consortium, so stored in its scope once, after the last town).</summary>
public sealed class DemoCostSharing(IServiceProvider services) : IDemoSeedStep
{
    public async Task SeedAsync(IServiceProvider tenantServices, string municipalityCode, CancellationToken cancellationToken)
    {
        if (municipalityCode != DemoConsortium.MunicipalityCodes[^1])
        {
            return;
        }

        await services.InTenantScopeAsync(DemoConsortium.ConsortiumId, TenantKind.Consortium, async sp =>
        {
            await sp.GetRequiredService<DemoCostModelSeeder>().SeedAsync(cancellationToken);
            return true;
        });
    }

    public IEnumerable<DemoCredential> Credentials(string municipalityCode, string municipalityName) => [];
}
