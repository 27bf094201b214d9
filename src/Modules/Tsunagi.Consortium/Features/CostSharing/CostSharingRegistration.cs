using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Consortium.Demo;
using Tsunagi.Consortium.Features.CostSharing.EditModel;
using Tsunagi.Consortium.Features.CostSharing.Figures;
using Tsunagi.Consortium.Features.CostSharing.Shares;
using Tsunagi.Consortium.Features.CostSharing.Simulation;
using Tsunagi.Consortium.Features.CostSharing.Statements;
using Tsunagi.Consortium.Features.CostSharing.Storage;
using Tsunagi.Consortium.Features.CostSharing.Summary;

namespace Tsunagi.Consortium.Features.CostSharing;

/// <summary>Cost sharing (割り勘): the model, the shares, the simulation and the statements.</summary>
public static class CostSharingRegistration
{
    public static IServiceCollection AddCostSharing(this IServiceCollection services)
    {
        services.AddScoped<CostModelStore>();
        services.AddScoped<ConsortiumMembers>();
        services.AddScoped<IUsageFigures, MeteredUsageFigures>();
        services.AddScoped<CostShares>();
        services.AddScoped<CostShareSummaryQuery>();
        services.AddScoped<CostModelHandler>();
        services.AddScoped<StatementFiles>();
        services.AddScoped<SimulationQuery>();
        services.AddScoped<DemoCostModelSeeder>();
        return services;
    }

    public static IEndpointRouteBuilder MapCostSharing(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapStatementFiles();
}
