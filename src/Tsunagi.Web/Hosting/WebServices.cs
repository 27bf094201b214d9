using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.WebEncoders;
using Tsunagi.Platform.Persistence;
using Tsunagi.Platform.Ui;
using Tsunagi.Web.Api;
using Tsunagi.Web.Demo;
using Tsunagi.Web.Navigation;
using Tsunagi.Web.Security;

namespace Tsunagi.Web.Hosting;

public static class WebServices
{
    public static IServiceCollection AddTsunagiWeb(this IServiceCollection services, IConfiguration configuration, DatabaseSettings database)
    {
        services.AddRazorComponents();
        // Japanese text is written as characters, not as &#x...; entities (smaller pages, readable source).
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddLocalization();
        services.AddDataProtection()
            .SetApplicationName("Tsunagi")
            .PersistKeysToFileSystem(new DirectoryInfo(configuration["TSUNAGI_KEYS"] is { Length: > 0 } keys ? keys : Path.Combine(database.DataDirectory, "keys")));
        services.AddStaffSignIn();
        services.AddPermissionAuthorization();
        services.AddTsunagiRateLimiting();
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddTsunagiApi();
        services.AddTsunagiModules(configuration);
        services.AddHealthChecks().AddCheck<DatabaseReadyCheck>("database", tags: ["ready"]);
        services.AddScoped<StartupSafetyChecks>();
        services.AddCascadingAuthenticationState();
        services.AddSingleton<LoginTenantCookie>();
        services.AddScoped<SecondFactorEnrolment>();
        services.AddSingleton<INavigationSource, PlatformNavigation>();
        services.AddSingleton<NavigationMenu>();
        services.AddScoped<DemoConsortium>();
        services.AddSingleton<IDemoSeedStep, DemoPopulation>();
        services.AddSingleton<IDemoSeedStep, DemoCertificates>();
        services.AddSingleton<IDemoSeedStep, DemoCostSharing>();
        services.AddSingleton<IDemoSeedStep, DemoCounterCases>();
        services.AddScoped<Components.Audit.AuditLogSearch>().AddScoped<Components.Staff.StaffListQuery>().AddScoped<Components.Operator.MunicipalityListQuery>();
        services.AddAntiforgery(o => o.Cookie.Name = "Tsunagi.Antiforgery");
        return services;
    }
}
