using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Certificates.Data;
using Tsunagi.Certificates.Data.LegacySettings;
using Tsunagi.Certificates.Demo;
using Tsunagi.Certificates.Domain.Settings;
using Tsunagi.Certificates.Features.CertificateSettingsAdmin;
using Tsunagi.Certificates.Features.DailyCashReport;
using Tsunagi.Certificates.Features.Download;
using Tsunagi.Certificates.Features.FeeSchedule;
using Tsunagi.Certificates.Features.Issue;
using Tsunagi.Certificates.Features.Payment;
using Tsunagi.Certificates.Features.Reprint;
using Tsunagi.Certificates.Features.Verification;
using Tsunagi.Certificates.Features.Voiding;
using Tsunagi.Certificates.Rendering;
using Tsunagi.Platform.Identity;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Settings;
using Tsunagi.Platform.Ui;

namespace Tsunagi.Certificates;

/// <summary>Certificates, verification and fees (証明書交付・手数料): its only entry points for the host.</summary>
public static class CertificatesModule
{
    public static IServiceCollection AddCertificates(this IServiceCollection services)
    {
        services.AddModuleDbContext<CertificatesDbContext, SqliteCertificatesDbContext, PostgresCertificatesDbContext>(CertificatesDbContext.ModuleName);
        services.AddSingleton<IPermissionSource, CertificatesPermissions>();
        services.AddSingleton<INavigationSource, CertificatesNavigation>();
        services.AddScoped<CashActor>().AddScoped<FeeScheduleHandler>().AddScoped<CertificateSettingsHandler>().AddScoped<CertificatesDemoSeeder>();
        services.AddScoped<PaymentHandler>().AddScoped<UnpaidIssuanceQuery>().AddScoped<ReceiptQuery>().AddScoped<ReceiptPdf>();
        services.AddScoped<VoidingHandler>().AddScoped<VoidRequestQuery>().AddScoped<CashReportQuery>();
        services.AddVerification();
        services.AddSingleton<CertificateRenderer>();
        services.AddIssuance();
        services.AddScoped<Features.ForCounter.CaseRequesters>().AddScoped<Contracts.Counter.ICaseCertificates, Features.ForCounter.CaseCertificates>();
        services.AddSingleton<ISettingSource, CertificateSettingSource>();
        services.AddScoped<LegacySettingsMover>().AddSingleton<LegacySettingsMigration>().AddHostedService(sp => sp.GetRequiredService<LegacySettingsMigration>());
        return services;
    }

    /// <summary>The module's REST endpoints under <c>/api/v1</c>.</summary>
    public static IEndpointRouteBuilder MapCertificates(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);
        api.MapFeeSchedule();
        api.MapPayment();
        api.MapVoiding();
        api.MapCashReports();
        endpoints.MapReceiptPdfPage().MapCashReportFiles();
        endpoints.MapVerification();
        api.MapIssueCertificate();
        api.MapCertificateDownload();
        api.MapReprint();
        endpoints.MapIssuePreview();
        return endpoints;
    }
}
