using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OpenIddict.EntityFrameworkCore.Models;
using Tsunagi.Platform.Auditing;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Tenancy;
using Tsunagi.Testing;
using Tsunagi.Web.Cli;
using Tsunagi.Web.Tests.Api;

namespace Tsunagi.Web.Tests.Cli;

public sealed partial class CreateApiClientVerbTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Fact]
    public async Task Creates_a_client_prints_its_secret_once_and_the_secret_gets_a_token_for_that_municipality()
    {
        var (code, output, error) = await RunAsync(new CreateApiClientRequest("034851", "fudai-juki", ["tenant.read"], SecretFromStdin: false));

        Assert.Equal(0, code);
        Assert.Empty(error);
        var secrets = SecretLine().Matches(output);
        var secret = Assert.Single(secrets).Groups["secret"].Value;
        Assert.Equal(32, secret.Length);

        var client = factory.CreateClient();
        using var token = await TokenRequests.PostAsync(client, ("grant_type", "client_credentials"), ("client_id", "fudai-juki"), ("client_secret", secret));
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
        using var json = await TokenRequests.JsonAsync(token);
        Assert.Equal("tenant.read", json.RootElement.GetProperty("scope").GetString());
        using var municipality = await TokenRequests.GetAsync(client, "/api/v1/municipality", json.RootElement.GetProperty("access_token").GetString());
        using var body = await TokenRequests.JsonAsync(municipality);
        Assert.Equal("034851", body.RootElement.GetProperty("code").GetString());

        var created = (await DatabaseRows.AuditEventsAsync(factory.Services, "034851")).Single(e => e.Action == "api-client.create" && e.SubjectId == "fudai-juki");
        Assert.Equal(("System", "cli:create-api-client"), (created.ActorKind, created.ActorId));
    }

    [Fact]
    public async Task Secret_from_standard_input_is_used_and_not_printed()
    {
        const string secret = "a-long-secret-from-a-vault-0001";

        var (code, output, _) = await RunAsync(new CreateApiClientRequest("０３４６１４", "otsuchi-stdin", ["audit.read", "tenant.read"], SecretFromStdin: true), secret + "\n");

        Assert.Equal(0, code);
        Assert.DoesNotContain(secret, output, StringComparison.Ordinal);
        using var token = await TokenRequests.PostAsync(factory.CreateClient(), ("grant_type", "client_credentials"), ("client_id", "otsuchi-stdin"), ("client_secret", secret));
        Assert.Equal(HttpStatusCode.OK, token.StatusCode);
    }

    [Theory]
    [InlineData("034615", "otsuchi-x", "tenant.read", "--tenant", "検査数字")]
    [InlineData("03461", "otsuchi-x", "tenant.read", "--tenant", "6 桁")]
    [InlineData("131016", "chiyoda-x", "tenant.read", "--tenant", "登録されていません")]
    [InlineData("030007", "iwate-x", "tenant.read", "--tenant", "都道府県")]
    [InlineData("034614", "otsuchi-x", "residents.rea", "--scope", "宣言された権限ではありません")]
    [InlineData("034614", "x", "tenant.read", "--client-id", "3〜64 文字")]
    [InlineData("034614", "demo-035033", "tenant.read", "--client-id", "既に使われています")]
    public async Task Invalid_input_exits_non_zero_naming_the_option_and_writes_nothing(string tenant, string clientId, string scope, string option, string problem)
    {
        var before = await DatabaseRows.CountAsync(factory.Services);

        var (code, output, error) = await RunAsync(new CreateApiClientRequest(tenant, clientId, [scope], SecretFromStdin: false));

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.StartsWith($"エラー: {option}: ", error, StringComparison.Ordinal);
        Assert.Contains(problem, error, StringComparison.Ordinal);
        Assert.Contains($"/ Error: {option}: ", error, StringComparison.Ordinal);
        Assert.Equal(before, await DatabaseRows.CountAsync(factory.Services));
    }

    [Fact]
    public async Task Too_short_secret_from_standard_input_is_refused_naming_the_option()
    {
        var (code, _, error) = await RunAsync(new CreateApiClientRequest("034614", "otsuchi-short", ["tenant.read"], SecretFromStdin: true), "short\n");

        Assert.Equal(2, code);
        Assert.StartsWith("エラー: --secret-stdin: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Registration_saves_the_client_and_its_audit_event_through_one_context()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Resolve("035033", TenantKind.Municipality);
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();

        await scope.ServiceProvider.GetRequiredService<ApiClients>().CreateAsync("noda-one-unit", ["tenant.read"], "one-unit-of-work-secret", TestContext.Current.CancellationToken);

        // OpenIddict's store saved through the same DbContext that holds the appended audit event: one SaveChanges, one transaction.
        Assert.Contains(db.ChangeTracker.Entries<OpenIddictEntityFrameworkCoreApplication>(), e => e.Entity.ClientId == "noda-one-unit");
        Assert.Contains(db.ChangeTracker.Entries<AuditEvent>(), e => e.Entity.SubjectId == "noda-one-unit" && e.State == EntityState.Unchanged);
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(CreateApiClientRequest request, string input = "")
    {
        using var stdin = new StringReader(input);
        await using var stdout = new StringWriter();
        await using var stderr = new StringWriter();
        var code = await CreateApiClientVerb.RunAsync(factory.Services, request, stdin, stdout, stderr, TestContext.Current.CancellationToken);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [GeneratedRegex(@"\(shown once\): (?<secret>\S+)", RegexOptions.ExplicitCapture)]
    private static partial Regex SecretLine();
}
