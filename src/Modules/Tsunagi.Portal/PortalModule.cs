using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Tsunagi.Counter.Contracts.PreApplications;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Settings;
using Tsunagi.Portal.Data;
using Tsunagi.Portal.Features.Counter;
using Tsunagi.Portal.Features.PreApplications;
using Tsunagi.Portal.Features.Purge;
using Tsunagi.Portal.Identity;
using Tsunagi.Portal.Limits;
using Tsunagi.Portal.Mail;
using Tsunagi.Portal.Web;

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
        services.AddResidentAuthentication();
        services.AddScoped<IResidentMailer, MailDropMailer>();
        services.AddPortalRateLimits();
        services.AddSingleton<IStartupFilter, PortalBodyLimit>();
        services.AddSingleton<ISettingSource, PortalSettings>();
        services.AddScoped<PortalTown>();
        services.AddScoped<PreApplicationValidator>();
        services.AddScoped<PreApplicationSubmission>();
        services.AddScoped<ResidentPreApplications>();
        services.AddScoped<IPreApplications, CounterPreApplications>();
        services.AddScoped<PortalPurge>();
        services.AddSingleton<PortalPurgeService>();
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<PortalPurgeService>());
        return services;
    }

    public static IEndpointRouteBuilder MapPortal(this IEndpointRouteBuilder endpoints) => endpoints;
}
