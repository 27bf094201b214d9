using Microsoft.AspNetCore.Hosting;
using Tsunagi.Testing;

namespace Tsunagi.Counter.Tests.Cases;

/// <summary>The real host with the two neighbours of the case workflow faked: the procedure suggestions and the portal.</summary>
public sealed class CounterFactory : TsunagiFactory
{
    internal FakePreApplications PreApplications { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => CaseNeighbourFakes.Replace(services, PreApplications));
    }
}
