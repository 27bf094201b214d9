using System.Net;
using Tsunagi.Testing;

namespace Tsunagi.Web.Tests;

public sealed class HealthTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ready_reports_healthy_when_the_database_is_migrated()
    {
        var response = await factory.CreateClient().GetAsync("/health/ready", Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Cancellation));
        Assert.StartsWith(factory.DataDirectory, Directory.GetFiles(factory.DataDirectory, "tsunagi.db").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Live_answers_without_login()
    {
        var response = await factory.CreateClient().GetAsync("/health/live", Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Metrics_are_exposed_in_the_Prometheus_text_format()
    {
        var client = factory.CreateClient();
        await client.GetAsync("/health/live", Cancellation);
        var response = await client.GetAsync("/metrics", Cancellation);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
        var body = await response.Content.ReadAsStringAsync(Cancellation);
        Assert.Contains("# TYPE http_requests_received_total counter", body, StringComparison.Ordinal);
        Assert.Contains("endpoint=\"/health/live\"", body, StringComparison.Ordinal);
    }
}
