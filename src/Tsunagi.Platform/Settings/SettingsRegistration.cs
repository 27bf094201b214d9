using Microsoft.Extensions.DependencyInjection;
using Tsunagi.Platform.Messaging;
using Tsunagi.Platform.Settings.Changes;
using Tsunagi.Platform.Settings.Validation;

namespace Tsunagi.Platform.Settings;

public static class SettingsRegistration
{
    /// <summary>Validation, change requests and cache invalidation across instances (the catalog, cache, reader and store are registered with the platform).</summary>
    public static IServiceCollection AddTsunagiSettings(this IServiceCollection services)
    {
        services.AddOptions<SettingsCacheOptions>();
        services.AddSingleton<SettingValidator>();
        services.AddScoped<SettingChanges>();
        services.AddScoped<SettingChangeQueries>();
        services.AddIntegrationEventHandler<SettingChanged, SettingChangedHandler>();
        services.AddSingleton<SettingsCacheWatcher>();
        services.AddHostedService(sp => sp.GetRequiredService<SettingsCacheWatcher>());
        return services;
    }
}
