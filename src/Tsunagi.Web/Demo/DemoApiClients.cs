using Tsunagi.Platform.Identity;

namespace Tsunagi.Web.Demo;

/// <summary>Per demo town the API client <c>demo-&lt;code&gt;</c> with secret <c>demo-secret-&lt;code&gt;</c> and scopes tenant.read, audit.read, residents.read, residents.write and certificates.issue. Demo only.</summary>
public sealed class DemoApiClients : IDemoSeedStep
{
    public static readonly IReadOnlyList<string> Scopes = [PlatformPermissions.TenantRead, PlatformPermissions.AuditRead, Residents.ResidentsPermissions.Read, Residents.ResidentsPermissions.Write, Certificates.CertificatesPermissions.Issue];

    public static string ClientIdFor(string municipalityCode) => $"demo-{municipalityCode}";

    public static string SecretFor(string municipalityCode) => $"demo-secret-{municipalityCode}";

    public async Task SeedAsync(IServiceProvider tenantServices, string municipalityCode, CancellationToken cancellationToken)
    {
        var clients = tenantServices.GetRequiredService<ApiClients>();
        if (await clients.FindAsync(ClientIdFor(municipalityCode), cancellationToken) is null)
        {
            await clients.CreateAsync(ClientIdFor(municipalityCode), Scopes, SecretFor(municipalityCode), cancellationToken);
        }
    }

    public IEnumerable<DemoCredential> Credentials(string municipalityCode, string municipalityName)
    {
        yield return new DemoCredential(municipalityCode, municipalityName, ClientIdFor(municipalityCode), SecretFor(municipalityCode), "API クライアント");
    }
}
