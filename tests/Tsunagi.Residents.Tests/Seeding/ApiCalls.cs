using System.Net;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;

namespace Tsunagi.Residents.Tests.Seeding;

/// <summary>API calls as a municipality's system client: the demo client (residents.read) or one made with extra scopes.</summary>
internal static class ApiCalls
{
    public static async Task<string> TokenAsync(TsunagiFactory factory, HttpClient client, string tenant, params string[] scopes)
    {
        if (scopes.Length == 0)
        {
            return await TokenRequests.AccessTokenAsync(client, tenant, ResidentsPermissions.Read);
        }

        var clientId = "test-" + Guid.CreateVersion7().ToString("N");
        const string Secret = "test-secret-0123456789-abcdefghij";
        await factory.Services.InTenantScopeAsync(tenant, TenantKind.Municipality, sp => sp.GetRequiredService<ApiClients>().CreateAsync(clientId, scopes, Secret));
        using var response = await TokenRequests.PostAsync(client, ("grant_type", "client_credentials"), ("client_id", clientId), ("client_secret", Secret));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = await TokenRequests.JsonAsync(response);
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    public static async Task<(HttpStatusCode Status, JsonDocument Json, string Text)> GetAsync(HttpClient client, string token, string path)
    {
        using var response = await TokenRequests.GetAsync(client, path, token);
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        return (response.StatusCode, JsonDocument.Parse(text.Length == 0 ? "{}" : text), text);
    }

    public static List<string> Ids(JsonDocument page) =>
        [.. page.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetString()!)];
}
