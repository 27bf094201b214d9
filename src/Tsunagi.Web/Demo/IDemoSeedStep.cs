namespace Tsunagi.Web.Demo;

/// <summary>A module's part of the demo data, run once per demo municipality inside that tenant's scope.</summary>
public interface IDemoSeedStep
{
    Task SeedAsync(IServiceProvider tenantServices, string municipalityCode, CancellationToken cancellationToken);

    IEnumerable<DemoCredential> Credentials(string municipalityCode, string municipalityName);
}
