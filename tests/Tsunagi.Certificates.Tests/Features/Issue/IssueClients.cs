using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;

namespace Tsunagi.Certificates.Tests.Features.Issue;

/// <summary>An API client with the scope certificates.issue in a municipality (the demo clients do not have it), and its token.</summary>
public static class IssueClients
{
    public static async Task<string> TokenAsync(IssueFactory factory, HttpClient client, string tenantId = IssueFactory.Otsuchi)
    {
        var clientId = $"cert-issue-{tenantId}";
        const string Secret = "cert-issue-secret-0123456789";
        await factory.Services.InTenantScopeAsync(tenantId, TenantKind.Municipality, async sp =>
        {
            var clients = sp.GetRequiredService<ApiClients>();
            if (await clients.FindAsync(clientId) is null)
            {
                await clients.CreateAsync(clientId, [CertificatesPermissions.Issue], Secret);
            }

            return 0;
        });
        using var response = await TokenRequests.PostAsync(client, ("grant_type", "client_credentials"), ("client_id", clientId), ("client_secret", Secret), ("scope", CertificatesPermissions.Issue));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = await TokenRequests.JsonAsync(response);
        return json.RootElement.GetProperty("access_token").GetString()!;
    }
}
