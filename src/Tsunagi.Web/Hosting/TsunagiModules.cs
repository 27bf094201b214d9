using System.Reflection;
using Tsunagi.Certificates;
using Tsunagi.Consortium;
using Tsunagi.Continuity;
using Tsunagi.Counter;
using Tsunagi.Portal;
using Tsunagi.Residents;

namespace Tsunagi.Web.Hosting;

/// <summary>The business modules this host is built from: the one place that names them.</summary>
public static class TsunagiModules
{
    /// <summary>Assemblies whose routable pages the host serves beside its own.</summary>
    public static IReadOnlyList<Assembly> PageAssemblies { get; } =
    [
        typeof(ResidentsModule).Assembly,
        typeof(ContinuityModule).Assembly,
        typeof(CertificatesModule).Assembly,
        typeof(ConsortiumModule).Assembly,
        typeof(CounterModule).Assembly,
        typeof(PortalModule).Assembly,
    ];

    public static IServiceCollection AddTsunagiModules(this IServiceCollection services, IConfiguration configuration) =>
        services.AddResidents().AddCertificates().AddConsortium().AddCounter().AddPortal().AddContinuity(configuration)
            .AddScoped<Consortium.Features.Offboarding.ITenantArchive, ContinuityTenantArchive>();

    public static IEndpointRouteBuilder MapTsunagiModules(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapResidents();
        endpoints.MapCertificates();
        endpoints.MapConsortium();
        endpoints.MapCounter();
        endpoints.MapPortal();
        endpoints.MapContinuity();
        return endpoints;
    }
}
