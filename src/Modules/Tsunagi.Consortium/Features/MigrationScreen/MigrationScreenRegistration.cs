using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Consortium.Features.LegacyMigration;
using Tsunagi.Platform.Api;

namespace Tsunagi.Consortium.Features.MigrationScreen;

/// <summary>The /migration screen: uploads in the data directory, the background queue and its worker, the history, the report CSV.</summary>
public static class MigrationScreenRegistration
{
    /// <summary>Room in the upload's request for the mapping file and the form's other fields beside the legacy file.</summary>
    private const long MappingAllowance = 1024 * 1024;

    public static IServiceCollection AddMigrationScreen(this IServiceCollection services)
    {
        services.AddSingleton(new LargeUploadPath("/migration", LegacyMigrationService.MaxFileBytes + MappingAllowance));
        services.AddSingleton<MigrationUploads>();
        services.AddSingleton<MigrationJobs>();
        services.AddHostedService<MigrationWorker>();
        services.AddScoped<MigrationHistoryQuery>();
        return services;
    }

    public static IEndpointRouteBuilder MapMigrationScreen(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapMigrationReportCsv();
}
