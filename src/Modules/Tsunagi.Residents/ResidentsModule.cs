using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;
using Tsunagi.Residents.Data;

namespace Tsunagi.Residents;

/// <summary>The resident register (住民記録): its only entry points for the host.</summary>
public static class ResidentsModule
{
    public static IServiceCollection AddResidents(this IServiceCollection services)
    {
        services.AddModuleDbContext<ResidentsDbContext, SqliteResidentsDbContext, PostgresResidentsDbContext>(ResidentsDbContext.ModuleName);
        services.AddSingleton<IPermissionSource, ResidentsPermissions>();
        return services;
    }

    public static IEndpointRouteBuilder MapResidents(this IEndpointRouteBuilder endpoints) => endpoints;
}
