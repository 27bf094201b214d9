using Tsunagi.Certificates.Demo;

namespace Tsunagi.Web.Demo;

/// <summary>Each demo town's fee table and certificate settings (mayor's title and synthetic name, counters, a generated seal).</summary>
public sealed class DemoCertificates : IDemoSeedStep
{
    public Task SeedAsync(IServiceProvider tenantServices, string municipalityCode, CancellationToken cancellationToken) =>
        tenantServices.GetRequiredService<CertificatesDemoSeeder>().SeedAsync(municipalityCode, cancellationToken);

    public IEnumerable<DemoCredential> Credentials(string municipalityCode, string municipalityName) => [];
}
