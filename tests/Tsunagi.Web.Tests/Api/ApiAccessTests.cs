using System.Net;
using Tsunagi.Testing;

namespace Tsunagi.Web.Tests.Api;

public sealed class ApiAccessTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Theory]
    [InlineData("/api/v1/municipality")]
    [InlineData("/api/v1/audit-events")]
    public async Task Unauthenticated_api_call_gets_401_problem_json_with_a_bearer_challenge(string path)
    {
        using var response = await TokenRequests.GetAsync(factory.CreateClient(), path, accessToken: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
        using var problem = await TokenRequests.JsonAsync(response);
        Assert.Equal(401, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("認証が必要です。", problem.RootElement.GetProperty("title").GetString());
        Assert.Equal("Authentication is required.", problem.RootElement.GetProperty("title_en").GetString());
        Assert.Contains("Authorization: Bearer", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forged_token_gets_401_problem_json_naming_an_invalid_token()
    {
        using var response = await TokenRequests.GetAsync(factory.CreateClient(), "/api/v1/municipality", "CfDJ8forged-token-value");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Access_token_in_the_query_string_is_not_accepted()
    {
        var client = factory.CreateClient();
        var token = await TokenRequests.AccessTokenAsync(client, "034614");

        using var response = await client.GetAsync($"/api/v1/municipality?access_token={Uri.EscapeDataString(token)}", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Audit_events_are_paged_newest_first_and_the_read_is_itself_audited()
    {
        var client = factory.CreateClient();
        var token = await TokenRequests.AccessTokenAsync(client, "035033");

        using var response = await TokenRequests.GetAsync(client, "/api/v1/audit-events?page=2&pageSize=2", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var stored = await DatabaseRows.AuditEventsAsync(factory.Services, "035033");
        Assert.Equal(("audit.read", "page=2;pageSize=2", "ApiClient", "demo-035033"), (stored[0].Action, stored[0].SubjectId, stored[0].ActorKind, stored[0].ActorId));
        using var json = await TokenRequests.JsonAsync(response);
        var root = json.RootElement;
        Assert.Equal((2, 2, stored.Count), (root.GetProperty("page").GetInt32(), root.GetProperty("pageSize").GetInt32(), root.GetProperty("totalCount").GetInt32()));
        var sequences = root.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("sequence").GetInt64()).ToList();
        Assert.Equal(stored.Skip(2).Take(2).Select(e => e.Sequence), sequences);
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("page=abc", "page")]
    [InlineData("pageSize=101", "pageSize")]
    [InlineData("pageSize=0", "pageSize")]
    [InlineData("page=99999999&pageSize=100", "page")]
    public async Task Out_of_range_paging_gets_400_problem_json_naming_the_parameter(string query, string parameter)
    {
        var client = factory.CreateClient();
        var token = await TokenRequests.AccessTokenAsync(client, "034614");
        var before = await DatabaseRows.CountAsync(factory.Services);

        using var response = await TokenRequests.GetAsync(client, $"/api/v1/audit-events?{query}", token);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = await TokenRequests.JsonAsync(response);
        Assert.StartsWith(parameter + "（", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.StartsWith(parameter + " ", problem.RootElement.GetProperty("detail_en").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseRows.CountAsync(factory.Services));
    }

    [Fact]
    public async Task Full_width_page_numbers_are_accepted()
    {
        var client = factory.CreateClient();
        var token = await TokenRequests.AccessTokenAsync(client, "034614");

        using var response = await TokenRequests.GetAsync(client, "/api/v1/audit-events?page=１&pageSize=５", token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = await TokenRequests.JsonAsync(response);
        Assert.Equal(5, json.RootElement.GetProperty("pageSize").GetInt32());
    }

    [Fact]
    public async Task Staff_auditor_can_use_the_api_with_the_staff_cookie_and_a_clerk_gets_403_problem_json()
    {
        using var auditor = await StaffLogin.SignInAsync(factory, "034614", "auditor");
        using var clerk = await StaffLogin.SignInAsync(factory, "034614", "clerk");

        using var listed = await auditor.GetAsync("/api/v1/audit-events", TestContext.Current.CancellationToken);
        using var municipality = await clerk.GetAsync("/api/v1/municipality", TestContext.Current.CancellationToken);
        using var denied = await clerk.GetAsync("/api/v1/audit-events", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        var latest = (await DatabaseRows.AuditEventsAsync(factory.Services, "034614"))[0];
        Assert.Equal(("audit.read", "StaffMember"), (latest.Action, latest.ActorKind));
        Assert.Equal(HttpStatusCode.OK, municipality.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal("application/problem+json", denied.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Operator_of_the_consortium_gets_404_for_the_municipality_endpoint()
    {
        using var op = await StaffLogin.SignInAsync(factory, "sanriku", "operator");

        using var response = await op.GetAsync("/api/v1/municipality", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
