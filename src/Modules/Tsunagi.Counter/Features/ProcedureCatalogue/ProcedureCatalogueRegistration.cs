using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Counter.Domain.Procedures;
using Tsunagi.Platform.Settings;

namespace Tsunagi.Counter.Features.ProcedureCatalogue;

public static class ProcedureCatalogueRegistration
{
    /// <summary>The setting <c>counter.procedures</c> and <see cref="IProcedureSuggestions"/>.</summary>
    public static IServiceCollection AddProcedureCatalogue(this IServiceCollection services)
    {
        services.AddSingleton<ISettingSource, ProcedureCatalogueSettings>();
        services.AddScoped<IProcedureSuggestions, ProcedureSuggestions>();
        return services;
    }
}
