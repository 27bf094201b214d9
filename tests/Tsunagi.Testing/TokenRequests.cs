using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Tsunagi.Web.Demo;

namespace Tsunagi.Testing;

/// <summary>Token endpoint and API calls as a system client would make them.</summary>
public static class TokenRequests
{
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, params (string Name, string Value)[] fields) =>
        client.PostAsync("/connect/token", new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))), TestContext.Current.CancellationToken);

    public static Task<HttpResponseMessage> ForDemoClientAsync(HttpClient client, string municipalityCode, string? scope = null)
    {
        List<(string, string)> fields =
        [
            ("grant_type", "client_credentials"),
            ("client_id", DemoApiClients.ClientIdFor(municipalityCode)),
            ("client_secret", DemoApiClients.SecretFor(municipalityCode)),
        ];
        if (scope is not null)
        {
            fields.Add(("scope", scope));
        }

        return PostAsync(client, [.. fields]);
    }

    public static async Task<string> AccessTokenAsync(HttpClient client, string municipalityCode, string? scope = null)
    {
        using var response = await ForDemoClientAsync(client, municipalityCode, scope);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = await JsonAsync(response);
        return json.RootElement.GetProperty("access_token").GetString()!;
    }

    public static async Task<HttpResponseMessage> GetAsync(HttpClient client, string path, string? accessToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (accessToken is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }

        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public static async Task<JsonDocument> JsonAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
}
