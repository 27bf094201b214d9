using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Tsunagi.Testing;

namespace Tsunagi.Web.Tests.Api;

public sealed partial class ApiDocumentTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Fact]
    public async Task OpenApi_document_lists_the_api_endpoints_with_the_client_credentials_scheme_and_their_scopes()
    {
        using var response = await factory.CreateClient().GetAsync("/openapi/v1.json", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = await TokenRequests.JsonAsync(response);
        var root = json.RootElement;

        var paths = root.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/v1/municipality", paths);
        Assert.Contains("/api/v1/audit-events", paths);
        Assert.All(paths, p => Assert.StartsWith("/api/v1/", p, StringComparison.Ordinal));

        var scheme = root.GetProperty("components").GetProperty("securitySchemes").GetProperty("oauth2");
        Assert.Equal("oauth2", scheme.GetProperty("type").GetString());
        var flow = scheme.GetProperty("flows").GetProperty("clientCredentials");
        Assert.Equal("/connect/token", flow.GetProperty("tokenUrl").GetString());
        var scopes = flow.GetProperty("scopes").EnumerateObject().Select(s => s.Name).ToList();
        Assert.Contains("tenant.read", scopes);
        Assert.Contains("audit.read", scopes);

        Assert.Equal(["tenant.read"], RequiredScopes(root, "/api/v1/municipality"));
        Assert.Equal(["audit.read"], RequiredScopes(root, "/api/v1/audit-events"));
        var pageSize = root.GetProperty("paths").GetProperty("/api/v1/audit-events").GetProperty("get").GetProperty("parameters")
            .EnumerateArray().Single(p => p.GetProperty("name").GetString() == "pageSize").GetProperty("schema");
        Assert.Equal(("integer", 100), (pageSize.GetProperty("type").GetString(), pageSize.GetProperty("maximum").GetInt32()));
    }

    [Fact]
    public async Task Api_reference_answers_html_and_loads_its_script_from_the_app_only()
    {
        var client = factory.CreateClient();

        using var response = await client.GetAsync("/api/docs/", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var scripts = ScriptSource().Matches(html).Select(m => m.Groups["src"].Value).ToList();
        Assert.NotEmpty(scripts);
        foreach (var src in scripts)
        {
            Assert.False(Uri.TryCreate(src, UriKind.Absolute, out _), $"script {src} is loaded from another origin");
            using var script = await client.GetAsync(new Uri(new Uri(client.BaseAddress!, "/api/docs/"), src), TestContext.Current.CancellationToken);
            Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        }

        Assert.Contains("\"withDefaultFonts\":false", html, StringComparison.Ordinal);
        Assert.Contains("\"telemetry\":false", html, StringComparison.Ordinal);
        Assert.DoesNotContain("proxyUrl", html, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    private static List<string?> RequiredScopes(JsonElement root, string path) =>
        [.. root.GetProperty("paths").GetProperty(path).GetProperty("get").GetProperty("security")[0].GetProperty("oauth2").EnumerateArray().Select(s => s.GetString())];

    [GeneratedRegex("<script[^>]*\\ssrc=\"(?<src>[^\"]+)\"", RegexOptions.ExplicitCapture)]
    private static partial Regex ScriptSource();
}
