using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Persistence;
using Tsunagi.Portal.Data;

namespace Tsunagi.Portal;

/// <summary>
/// The residents' portal (住民向けポータル): online pre-applications for the one-stop counter. Residents sign in with a
/// one-time code sent by e-mail — a realm of its own, apart from staff identities.
/// </summary>
public static class PortalModule
{
    public static IServiceCollection AddPortal(this IServiceCollection services)
    {
        services.AddModuleDbContext<PortalDbContext, SqlitePortalDbContext, PostgresPortalDbContext>(PortalDbContext.ModuleName);
        return services;
    }

    public static IEndpointRouteBuilder MapPortal(this IEndpointRouteBuilder endpoints) => endpoints;
}
