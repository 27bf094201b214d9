using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Consortium.Data;
using Tsunagi.Consortium.Features.CostSharing;
using Tsunagi.Consortium.Features.LawRevisionPackages;
using Tsunagi.Consortium.Features.MigrationScreen;
using Tsunagi.Consortium.Features.Onboarding;
using Tsunagi.Consortium.Features.OperatorDashboard;
using Tsunagi.Consortium.Features.Usage;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Ui;

namespace Tsunagi.Consortium;

/// <summary>Consortium operations (共同利用団体の運用): onboarding, legacy migration, metering, cost sharing, the operator screen.</summary>
public static class ConsortiumModule
{
    public static IServiceCollection AddConsortium(this IServiceCollection services)
    {
        services.AddModuleDbContext<ConsortiumDbContext, SqliteConsortiumDbContext, PostgresConsortiumDbContext>(ConsortiumDbContext.ModuleName);
        services.AddSingleton<IPermissionSource, ConsortiumPermissions>();
        services.AddSingleton<INavigationSource, ConsortiumNavigation>();
        services.AddOnboarding();
        services.AddScoped<UsageTotals>().AddScoped<MemberUsageQuery>().AddScoped<UsageSnapshot>().AddScoped<OperatorDashboardQuery>();
        services.AddSingleton<UsageSnapshotService>().AddHostedService(sp => sp.GetRequiredService<UsageSnapshotService>());
        services.AddCostSharing();
        services.AddSingleton<LawPackageReader>();
        services.AddScoped<LawPackagePreviewer>();
        services.AddScoped<LawPackageImporter>();
        services.AddScoped<LawPackageHistoryQuery>();
        services.AddScoped<Features.LegacyMigration.LegacyMigrationService>();
        services.AddScoped<Features.LegacyMigration.LegacyStaging>();
        services.AddMigrationScreen();
        return services;
    }

    /// <summary>The module's REST endpoints under <c>/api/v1</c>.</summary>
    public static IEndpointRouteBuilder MapConsortium(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        _ = api;
        endpoints.MapUsageCsv();
        endpoints.MapCostSharing();
        endpoints.MapMigrationScreen();
        return endpoints;
    }
}
