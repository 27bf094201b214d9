using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Counter.Data;
using Tsunagi.Counter.Features.CaseApi;
using Tsunagi.Counter.Features.Lobby;
using Tsunagi.Counter.Features.Metrics;
using Tsunagi.Counter.Features.ProcedureCatalogue;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Ui;

namespace Tsunagi.Counter;

/// <summary>The one-stop counter (総合窓口): cases per life event, the procedures they trigger, one payment, the lobby display.</summary>
public static class CounterModule
{
    public static IServiceCollection AddCounter(this IServiceCollection services)
    {
        services.AddModuleDbContext<CounterDbContext, SqliteCounterDbContext, PostgresCounterDbContext>(CounterDbContext.ModuleName);
        services.AddSingleton<IPermissionSource, CounterPermissions>();
        services.AddSingleton<INavigationSource, CounterNavigation>();
        services.AddProcedureCatalogue();

        // Cases, reception, inbox, lobby (feat/ctr-cases)
        services.AddScoped<Features.Reception.OpenCaseHandler>();
        services.AddScoped<Features.CaseWork.CaseWorkHandler>();
        services.AddScoped<Features.CaseWork.CallNextHandler>();
        services.AddScoped<Features.RegisterStep.MoveInStepHandler>();
        services.AddScoped<Features.CaseDetail.CaseQuery>();
        services.AddScoped<Features.CaseList.CaseListQuery>();
        services.AddScoped<Features.Inbox.InboxQuery>();
        services.AddScoped<Features.Lobby.LobbyBoardQuery>();

        // Certificates from a case and one payment (feat/ctr-pay)
        services.AddScoped<Features.CaseCertificates.CaseCertificateHandler>();
        services.AddScoped<Features.CasePayment.CasePaymentHandler>();

        // Metrics and demo cases (feat/ctr-metrics)
        services.AddScoped<Features.Metrics.MetricsQuery>();
        services.AddScoped<Demo.CounterDemoSeeder>();

        // Staff pages and per-staff departments (feat/ctr-pages)
        services.AddScoped<Features.StaffDepartments.CatalogueDepartments>();
        services.AddScoped<Features.StaffDepartments.StaffDepartmentStore>();
        services.AddScoped<Features.StaffDepartments.StaffDirectory>();
        services.AddScoped<Features.CasePage.CaseActions>();
        return services;
    }

    /// <summary>The module's REST endpoints under <c>/api/v1/counter</c> (scope <c>counter.operate</c>).</summary>
    public static IEndpointRouteBuilder MapCounter(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/counter")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        // Cases, reception, inbox, lobby (feat/ctr-cases)
        api.MapCounterCases();
        endpoints.MapLobby();

        // Certificates from a case and one payment (feat/ctr-pay)
        Features.CasePayment.CasePaymentEndpoints.MapCaseCertificatesAndPayment(api);

        // Metrics (feat/ctr-metrics)
        api.MapCounterMetrics();
        endpoints.MapCounterMetricsFile();
        return endpoints;
    }
}
