using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Tsunagi.Testing;
using static Tsunagi.Certificates.Tests.Features.Verification.VerificationIssuances;

namespace Tsunagi.Certificates.Tests.Features.Verification;

public sealed class VerificationRateLimitTests(VerificationRateLimitTests.SmallLimitFactory factory) : IClassFixture<VerificationRateLimitTests.SmallLimitFactory>
{
    private const int Limit = 3;

    [Fact]
    public async Task Past_the_limit_page_and_API_together_answer_429_with_Retry_After_and_other_addresses_are_served()
    {
        var issuance = await AddAsync(factory, Otsuchi);
        var client = PublicRequests.Client(factory);
        var apiPath = $"/api/v1/verify/{issuance.VerificationCode}";
        var pagePath = $"/m/{Otsuchi}/verify/{issuance.VerificationCode}";

        var first = await PublicRequests.PageAsync(client, pagePath);
        using var second = await client.GetAsync(apiPath, TestContext.Current.CancellationToken);
        using var third = await client.GetAsync("/api/v1/verify/not-a-code", TestContext.Current.CancellationToken);
        using var overApi = await client.GetAsync(apiPath, TestContext.Current.CancellationToken);
        var overPage = await PublicRequests.PageAsync(client, pagePath);
        var otherAddress = await factory.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = apiPath;
            c.Connection.RemoteIpAddress = IPAddress.Parse("192.0.2.44");
        }, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, first.Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, third.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, overApi.StatusCode);
        var retryAfter = overApi.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(60));
        using var problem = JsonDocument.Parse(await overApi.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal("リクエストが多すぎます。しばらく待ってから再度お試しください。", problem.RootElement.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.TooManyRequests, overPage.Response.StatusCode);
        Assert.Contains("リクエストが多すぎます", overPage.Html, StringComparison.Ordinal);
        Assert.NotNull(overPage.Response.Headers.RetryAfter);
        Assert.Equal(StatusCodes.Status200OK, otherAddress.Response.StatusCode);
        first.Response.Dispose();
        overPage.Response.Dispose();
    }

    public sealed class SmallLimitFactory : TsunagiFactory
    {
        protected override IReadOnlyDictionary<string, string?> Settings =>
            new Dictionary<string, string?>(base.Settings) { ["Certificates:Verification:PermitPerMinute"] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture) };
    }
}
