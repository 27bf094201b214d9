using System.Net;
using Tsunagi.Web.Tests.Infrastructure;

namespace Tsunagi.Web.Tests;

public sealed class HealthTests(TsunagiFactory factory) : IClassFixture<TsunagiFactory>
{
    [Fact]
    public async Task Ready_reports_healthy_when_the_database_is_migrated()
    {
        var response = await factory.CreateClient().GetAsync("/health/ready", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.StartsWith(factory.DataDirectory, Directory.GetFiles(factory.DataDirectory, "tsunagi.db").Single(), StringComparison.Ordinal);
    }
}
