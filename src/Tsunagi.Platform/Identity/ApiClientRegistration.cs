using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Persistence;

namespace Tsunagi.Platform.Identity;

public static class ApiClientRegistration
{
    /// <summary>OpenIddict's application store on the platform database, and <see cref="ApiClients"/> to register system clients.</summary>
    public static IServiceCollection AddApiClients(this IServiceCollection services)
    {
        services.AddOpenIddict().AddCore(o => o.UseEntityFrameworkCore().UseDbContext<PlatformDbContext>());
        services.AddScoped<ApiClients>();
        return services;
    }
}
