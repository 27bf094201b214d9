using System.Net;
using System.Text;
using Microsoft.AspNetCore.Http;
using Tsunagi.Testing;
using Tsunagi.Web.Api.Token;

namespace Tsunagi.Web.Tests.Api.Token;

public sealed class TokenEndpointTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    public static TheoryData<string, HttpStatusCode, string> MalformedRequests => new()
    {
        { "missing grant_type", HttpStatusCode.BadRequest, "invalid_request" },
        { "password grant", HttpStatusCode.BadRequest, "unsupported_grant_type" },
        { "unknown client", HttpStatusCode.Unauthorized, "invalid_client" },
        { "missing secret", HttpStatusCode.BadRequest, "invalid_request" },
        { "scope not granted to the client", HttpStatusCode.BadRequest, "invalid_request" },
        { "scope that is no declared permission", HttpStatusCode.BadRequest, "invalid_scope" },
        { "json body", HttpStatusCode.BadRequest, "invalid_request" },
        { "garbage form body", HttpStatusCode.BadRequest, "invalid_request" },
        { "form body over 1 MB", HttpStatusCode.RequestEntityTooLarge, "invalid_request" },
        { "form with a field over the field limit", HttpStatusCode.BadRequest, "invalid_request" },
    };

    [Fact]
    public async Task Demo_client_gets_a_token_bound_to_its_municipality_and_scopes()
    {
        var client = factory.CreateClient();
        using var response = await TokenRequests.ForDemoClientAsync(client, "034614");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        using var json = await TokenRequests.JsonAsync(response);
        Assert.Equal("Bearer", json.RootElement.GetProperty("token_type").GetString());
        Assert.Equal("audit.read certificates.issue residents.read residents.write tenant.read", json.RootElement.GetProperty("scope").GetString());
        Assert.InRange(json.RootElement.GetProperty("expires_in").GetInt32(), 890, (int)TokenEndpoint.AccessTokenLifetime.TotalSeconds);

        using var municipality = await TokenRequests.GetAsync(client, "/api/v1/municipality", json.RootElement.GetProperty("access_token").GetString());
        Assert.Equal(HttpStatusCode.OK, municipality.StatusCode);
        using var body = await TokenRequests.JsonAsync(municipality);
        Assert.Equal("034614", body.RootElement.GetProperty("code").GetString());

        var issued = (await DatabaseRows.AuditEventsAsync(factory.Services, "034614")).First(e => e.Action == "api-client.token");
        Assert.Equal(("demo-034614", "Succeeded", "ApiClient", "demo-034614"), (issued.SubjectId, issued.Outcome, issued.ActorKind, issued.ActorId));
    }

    [Fact]
    public async Task A_requested_scope_narrows_the_token_to_that_permission()
    {
        var client = factory.CreateClient();
        var token = await TokenRequests.AccessTokenAsync(client, "034614", scope: "tenant.read");

        using var allowed = await TokenRequests.GetAsync(client, "/api/v1/municipality", token);
        using var denied = await TokenRequests.GetAsync(client, "/api/v1/audit-events", token);

        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal("application/problem+json", denied.Content.Headers.ContentType?.MediaType);
        using var problem = await TokenRequests.JsonAsync(denied);
        Assert.Contains("スコープ", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrong_secret_is_rejected_and_audited_in_the_clients_municipality()
    {
        var client = factory.CreateClient();
        var before = await DatabaseRows.CountAsync(factory.Services);

        using var response = await TokenRequests.PostAsync(client, ("grant_type", "client_credentials"), ("client_id", "demo-034614"), ("client_secret", "demo-secret-wrong"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        using var json = await TokenRequests.JsonAsync(response);
        Assert.Equal("invalid_client", json.RootElement.GetProperty("error").GetString());
        Assert.Equal("client_id または client_secret が正しくありません。", json.RootElement.GetProperty("error_description_ja").GetString());
        Assert.False(json.RootElement.TryGetProperty("access_token", out _));

        var latest = (await DatabaseRows.AuditEventsAsync(factory.Services, "034614"))[0];
        Assert.Equal(("api-client.token", "demo-034614", "Denied", "Anonymous"), (latest.Action, latest.SubjectId, latest.Outcome, latest.ActorKind));
        var after = await DatabaseRows.CountAsync(factory.Services);
        Assert.Equal(before["openiddict_applications"], after["openiddict_applications"]);
        Assert.Equal(before["openiddict_tokens"], after["openiddict_tokens"]);
        Assert.Equal(before["audit_events"] + 1, after["audit_events"]);
    }

    [Theory]
    [MemberData(nameof(MalformedRequests))]
    public async Task Malformed_token_request_gets_a_clear_error_writes_nothing_and_the_server_keeps_serving(string kind, HttpStatusCode status, string error)
    {
        var client = factory.CreateClient();
        var before = await DatabaseRows.CountAsync(factory.Services);

        using var response = await client.SendAsync(Malformed(kind), TestContext.Current.CancellationToken);

        Assert.Equal(status, response.StatusCode);
        using (var json = await TokenRequests.JsonAsync(response))
        {
            Assert.Equal(error, json.RootElement.GetProperty("error").GetString());
            Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("error_description").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(json.RootElement.GetProperty("error_description_ja").GetString()));
            Assert.False(json.RootElement.TryGetProperty("access_token", out _));
        }

        Assert.Equal(before, await DatabaseRows.CountAsync(factory.Services));
        using var next = await TokenRequests.ForDemoClientAsync(client, "035033");
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    [Fact]
    public async Task Missing_grant_type_is_explained_in_Japanese_naming_the_parameter()
    {
        using var response = await TokenRequests.PostAsync(factory.CreateClient(), ("client_id", "demo-034614"), ("client_secret", "demo-secret-034614"));

        using var json = await TokenRequests.JsonAsync(response);
        Assert.Equal("必須のパラメーター 'grant_type' がありません。", json.RootElement.GetProperty("error_description_ja").GetString());
    }

    [Fact]
    public async Task Plain_http_token_request_from_another_machine_is_refused_but_https_from_it_is_served()
    {
        var before = await DatabaseRows.CountAsync(factory.Services);

        var plain = await factory.Server.SendAsync(c => RemoteTokenRequest(c, "http"), TestContext.Current.CancellationToken);
        var secure = await factory.Server.SendAsync(c => RemoteTokenRequest(c, "https"), TestContext.Current.CancellationToken);

        Assert.Equal(StatusCodes.Status400BadRequest, plain.Response.StatusCode);
        var body = await new StreamReader(plain.Response.Body).ReadToEndAsync(TestContext.Current.CancellationToken);
        Assert.Contains(TokenRequestGuard.HttpsRequiredDescription, body, StringComparison.Ordinal);
        Assert.Equal(StatusCodes.Status200OK, secure.Response.StatusCode);
        Assert.Equal(before["audit_events"] + 1, (await DatabaseRows.CountAsync(factory.Services))["audit_events"]);
    }

    private static void RemoteTokenRequest(HttpContext context, string scheme)
    {
        context.Connection.RemoteIpAddress = IPAddress.Parse("203.0.113.7");
        context.Request.Scheme = scheme;
        context.Request.Method = HttpMethods.Post;
        context.Request.Path = TokenEndpoint.Path;
        context.Request.ContentType = "application/x-www-form-urlencoded";
        var body = Encoding.ASCII.GetBytes("grant_type=client_credentials&client_id=demo-034851&client_secret=demo-secret-034851");
        context.Request.Body = new MemoryStream(body);
        context.Request.ContentLength = body.Length;
    }

    private static HttpRequestMessage Malformed(string kind)
    {
        static FormUrlEncodedContent Form(params (string Name, string Value)[] fields) =>
            new(fields.Select(f => KeyValuePair.Create(f.Name, f.Value)));

        HttpContent content = kind switch
        {
            "missing grant_type" => Form(("client_id", "demo-034614"), ("client_secret", "demo-secret-034614")),
            "password grant" => Form(("grant_type", "password"), ("client_id", "demo-034614"), ("client_secret", "demo-secret-034614"), ("username", "admin"), ("password", "admin-034614-demo")),
            "unknown client" => Form(("grant_type", "client_credentials"), ("client_id", "no-such-client"), ("client_secret", "whatever-secret-1234")),
            "missing secret" => Form(("grant_type", "client_credentials"), ("client_id", "demo-034614")),
            "scope not granted to the client" => Form(("grant_type", "client_credentials"), ("client_id", "demo-034614"), ("client_secret", "demo-secret-034614"), ("scope", "staff.manage")),
            "scope that is no declared permission" => Form(("grant_type", "client_credentials"), ("client_id", "demo-034614"), ("client_secret", "demo-secret-034614"), ("scope", "payroll.read")),
            "json body" => new StringContent("""{"grant_type":"client_credentials","client_id":"demo-034614","client_secret":"demo-secret-034614"}""", Encoding.UTF8, "application/json"),
            "garbage form body" => new ByteArrayContent([0x00, 0xff, 0x25, 0x25, 0x3d, 0x26, 0x26, 0xfe, 0x0a]),
            "form body over 1 MB" => Form(("grant_type", "client_credentials"), ("padding", new string('a', 1_100_000))),
            "form with a field over the field limit" => new StringContent("grant_type=client_credentials&padding=" + new string('a', 100_000)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
        if (kind is "garbage form body" or "form with a field over the field limit")
        {
            content.Headers.ContentType = new("application/x-www-form-urlencoded");
        }

        return new HttpRequestMessage(HttpMethod.Post, TokenEndpoint.Path) { Content = content };
    }
}
