using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Tsunagi.Consortium.Features.MigrationScreen;

/// <summary>The /migration screen: uploads in the data directory, the background queue and its worker, the history, the report CSV.</summary>
public static class MigrationScreenRegistration
{
    public static IServiceCollection AddMigrationScreen(this IServiceCollection services)
    {
        services.AddSingleton<MigrationUploads>();
        services.AddSingleton<MigrationJobs>();
        services.AddHostedService<MigrationWorker>();
        services.AddScoped<MigrationHistoryQuery>();
        return services;
    }

    public static IEndpointRouteBuilder MapMigrationScreen(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMigrationReportCsv();
}
